package id.loket.domain.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue ticket. Tickets are numbered per day and per letter: the service letter for the regular
 * lane, the priority letter for the priority lane, so a resident hears "P-005" and knows it is theirs.
 */
public record Ticket(
        long id,
        LocalDate day,
        String serviceCode,
        Lane lane,
        char letter,
        int number,
        TicketStatus status,
        LocalDateTime issuedAt,
        Optional<LocalDateTime> calledAt,
        Optional<Integer> counterNumber) {

    public Ticket {
        Objects.requireNonNull(serviceCode, "serviceCode");
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("ticket number out of range: " + number);
        }
    }

    /** The number as shown and spoken: letter, dash, three digits ("A-023"). */
    public String displayNumber() {
        return displayNumber(letter, number);
    }

    public static String displayNumber(char letter, int number) {
        return String.format("%c-%03d", letter, number);
    }

    /** What every ticket QR code starts with. */
    public static final String QR_PREFIX = "LOKET-TIKET:";

    /** The payload of the ticket's QR code: stable, short, and free of personal data. */
    public String qrPayload() {
        return QR_PREFIX + id;
    }

    /** The ticket id in a scanned ticket QR code, or empty when the code is not a Loket ticket. */
    public static java.util.OptionalLong idFromQr(String scanned) {
        String code = scanned == null ? "" : scanned.strip();
        if (!code.startsWith(QR_PREFIX) || !code.substring(QR_PREFIX.length()).matches("[0-9]{1,18}")) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(code.substring(QR_PREFIX.length())));
    }
}
