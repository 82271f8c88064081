package id.loket.documents;

import id.loket.domain.queue.WaitEstimate;
import id.loket.domain.text.Message;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a queue ticket shows. Texts are already in the resident's language except the labels, which
 * the renderer adds.
 *
 * @param officeAddress may be blank when the office has not configured one
 * @param ticketNumber  as called out, e.g. {@code A-023} or {@code P-005}
 * @param qrPayload     what the ticket's QR code carries (the ticket id)
 * @param estimate      when the resident can expect to be called, if estimated
 * @param documents     what to have ready at the counter for this service (may be empty)
 * @param scheduleNote  a line about the day the resident's RT is served at the office
 */
public record TicketDocument(
        String officeName,
        String officeAddress,
        String ticketNumber,
        String serviceName,
        boolean priority,
        LocalDateTime issuedAt,
        int peopleAhead,
        String qrPayload,
        Optional<WaitEstimate> estimate,
        List<String> documents,
        Optional<Message> scheduleNote) {

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
        Objects.requireNonNull(estimate, "estimate");
        documents = List.copyOf(documents);
        Objects.requireNonNull(scheduleNote, "scheduleNote");
    }

    /** A ticket without estimate, documents or schedule line. */
    public TicketDocument(String officeName, String officeAddress, String ticketNumber, String serviceName,
                          boolean priority, LocalDateTime issuedAt, int peopleAhead, String qrPayload) {
        this(officeName, officeAddress, ticketNumber, serviceName, priority, issuedAt, peopleAhead, qrPayload,
                Optional.empty(), List.of(), Optional.empty());
    }
}
