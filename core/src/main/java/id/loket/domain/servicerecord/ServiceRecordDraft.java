package id.loket.domain.servicerecord;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agent filled in for a service other than the Perlinsos registration. {@link #problems()} lists
 * what still stops it from being saved, each with what to do. A reason belongs only to an activation that
 * failed and a topic only to the information counter; anything else given is dropped, not stored.
 *
 * @param outcome empty until the agent chose one: nothing is preselected, so a record says what happened
 */
public record ServiceRecordDraft(Optional<Long> ticketId, String serviceCode, ServiceKind kind,
                                 Optional<ServiceOutcome> outcome, Optional<IkdNotActivatedReason> reason,
                                 Optional<InformationTopic> topic, Optional<String> note) {

    /** The note column's size. */
    public static final int MAX_NOTE = 500;

    public ServiceRecordDraft {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        reason = outcome.filter(o -> o == ServiceOutcome.NOT_ACTIVATED).isPresent() ? reason : Optional.empty();
        topic = kind == ServiceKind.INFORMATION ? topic : Optional.empty();
        note = note.map(String::strip).filter(n -> !n.isEmpty());
    }

    public List<Message> problems() {
        List<Message> problems = new ArrayList<>();
        if (outcome.isEmpty()) {
            problems.add(Message.of("serviceRecord.problem.noOutcome"));
        } else if (!kind.outcomes().contains(outcome.get())) {
            throw new IllegalArgumentException(outcome.get() + " is not an outcome of " + kind);
        }
        if (kind == ServiceKind.INFORMATION && topic.isEmpty()) {
            problems.add(Message.of("serviceRecord.problem.noTopic"));
        }
        if (outcome.filter(o -> o == ServiceOutcome.NOT_ACTIVATED).isPresent() && reason.isEmpty()) {
            problems.add(Message.of("serviceRecord.problem.noReason"));
        }
        boolean noteNeeded = reason.filter(r -> r == IkdNotActivatedReason.OTHER).isPresent()
                || topic.filter(t -> t == InformationTopic.OTHER).isPresent()
                || outcome.filter(o -> o == ServiceOutcome.FORWARDED || o == ServiceOutcome.NOT_DONE).isPresent();
        if (noteNeeded && note.isEmpty()) {
            problems.add(Message.of("serviceRecord.problem.noteNeeded"));
        }
        if (note.filter(n -> n.length() > MAX_NOTE).isPresent()) {
            problems.add(Message.of("serviceRecord.problem.noteTooLong", String.valueOf(MAX_NOTE)));
        }
        return problems;
    }
}
