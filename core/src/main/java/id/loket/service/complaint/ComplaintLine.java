package id.loket.service.complaint;

import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.complaint.ComplaintStatus;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A complaint as a list shows it: its personal data masked (the contact, the start of the text with
 * numbers hidden), whether it is late, and for how many working days it has been open.
 */
public record ComplaintLine(long id, String number, ComplaintKind kind, String serviceName, LocalDateTime receivedAt,
                            ComplaintStatus status, boolean late, int workingDaysOpen, Optional<String> assignee,
                            String maskedContact, String preview) {
}
