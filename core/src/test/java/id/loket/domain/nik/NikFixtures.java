package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Shared by the NIK and KK tests: a fixed "today" and helpers to compare message keys. */
final class NikFixtures {

    /** Thursday 4 June 2026, noon in Balikpapan (WITA, UTC+8). */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-04T04:00:00Z"), ZoneOffset.ofHours(8));

    static final RegionCodes REGIONS = RegionCodes.fromClasspath();

    private NikFixtures() {
    }

    static Clock clockAt(String isoInstant) {
        return Clock.fixed(Instant.parse(isoInstant), ZoneOffset.ofHours(8));
    }

    static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }

    /** A space-separated list of keys from a table cell; an empty cell is no keys. */
    static List<String> keyList(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.trim().split("\\s+"));
    }
}
