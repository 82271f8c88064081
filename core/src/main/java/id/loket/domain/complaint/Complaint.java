package id.loket.domain.complaint;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint or suggestion as kept. The text, contact and answer are personal data: empty once the
 * retention purge removed them ({@code purgedAt}), the rest stays for the counts.
 *
 * @param assignee who in the office handles it, as the lurah wrote it
 */
public record Complaint(long id, String number, ComplaintKind kind, String serviceCode, Optional<String> text,
                        Optional<String> contact, Optional<Long> ticketId, int counterNumber, String recordedBy,
                        LocalDateTime receivedAt, Optional<String> assignee, Optional<String> answer,
                        Optional<LocalDateTime> answeredAt, Optional<String> answeredBy,
                        Optional<LocalDateTime> closedAt, Optional<String> closedBy,
                        Optional<LocalDateTime> purgedAt) {

    public Complaint {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public ComplaintStatus status() {
        if (closedAt.isPresent()) {
            return ComplaintStatus.CLOSED;
        }
        return answeredAt.isPresent() ? ComplaintStatus.ANSWERED : ComplaintStatus.OPEN;
    }

    /** The number printed for the resident: {@code PGD-00042} (pengaduan), unique in the office. */
    public static String numberOf(long id) {
        return String.format("PGD-%05d", id);
    }
}
