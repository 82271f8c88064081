package id.loket.domain.complaint;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an agent typed for a complaint or suggestion. {@link #problems()} lists what stops it from being
 * recorded, each saying what to do. Text is cleaned of control characters (a pasted or scanned text may
 * carry them and they would break the printed slip); blank text counts as missing.
 *
 * @param kind        empty until the agent chose one: nothing is preselected
 * @param serviceCode the service it concerns, empty until chosen; known services are checked by the service layer
 * @param contact     how the office can reach the resident, if they want an answer (optional)
 * @param ticketId    the ticket served when it was recorded at a counter
 */
public record ComplaintDraft(Optional<ComplaintKind> kind, Optional<String> serviceCode, String text,
                             Optional<String> contact, Optional<Long> ticketId) {

    /** The text column's size; also the answer's. */
    public static final int MAX_TEXT = 1000;
    /** The contact column's size: a phone number or an address line. */
    public static final int MAX_CONTACT = 100;

    public ComplaintDraft {
        Objects.requireNonNull(kind, "kind");
        serviceCode = Objects.requireNonNull(serviceCode, "serviceCode").map(String::strip).filter(s -> !s.isEmpty());
        text = CleanText.of(text);
        contact = Objects.requireNonNull(contact, "contact").map(CleanText::of).filter(c -> !c.isEmpty());
        Objects.requireNonNull(ticketId, "ticketId");
    }

    public List<Message> problems() {
        List<Message> problems = new ArrayList<>();
        if (kind.isEmpty()) {
            problems.add(Message.of("complaint.problem.noKind"));
        }
        if (serviceCode.isEmpty()) {
            problems.add(Message.of("complaint.problem.noService"));
        }
        if (text.isEmpty()) {
            problems.add(Message.of("complaint.problem.noText"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(Message.of("complaint.problem.textTooLong", String.valueOf(MAX_TEXT), String.valueOf(text.length())));
        }
        if (contact.filter(c -> c.length() > MAX_CONTACT).isPresent()) {
            problems.add(Message.of("complaint.problem.contactTooLong", String.valueOf(MAX_CONTACT)));
        }
        return problems;
    }
}
