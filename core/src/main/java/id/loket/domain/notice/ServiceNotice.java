package id.loket.domain.notice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A notice to the public that the service changes (Surat Edaran Wali Kota 8 April 2026, item 8f), e.g.
 * "Jumat 12 Juni pelayanan sampai 11.00": shown and printed from its first day to its last, both included.
 */
public record ServiceNotice(long id, String text, LocalDate from, LocalDate to, String writtenBy,
                            LocalDateTime writtenAt) {

    public ServiceNotice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("notice ends before it starts: " + from + " to " + to);
        }
    }

    public boolean inForce(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Not yet in force and not over: still to come. */
    public boolean upcoming(LocalDate day) {
        return day.isBefore(from);
    }
}
