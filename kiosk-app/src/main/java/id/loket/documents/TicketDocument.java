package id.loket.documents;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a queue ticket shows. Texts are already in the resident's language except the labels, which
 * the renderer adds.
 *
 * @param officeAddress may be blank when the office has not configured one
 * @param ticketNumber  as called out, e.g. {@code A-023} or {@code P-005}
 * @param qrPayload     what the ticket's QR code carries (the ticket id)
 */
public record TicketDocument(
        String officeName,
        String officeAddress,
        String ticketNumber,
        String serviceName,
        boolean priority,
        LocalDateTime issuedAt,
        int peopleAhead,
        String qrPayload) {

    public TicketDocument {
        Require.notBlank(officeName, "officeName");
        Objects.requireNonNull(officeAddress, "officeAddress");
        Require.notBlank(ticketNumber, "ticketNumber");
        Require.notBlank(serviceName, "serviceName");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (peopleAhead < 0) {
            throw new IllegalArgumentException("peopleAhead must not be negative: " + peopleAhead);
        }
        Require.notBlank(qrPayload, "qrPayload");
    }
}
