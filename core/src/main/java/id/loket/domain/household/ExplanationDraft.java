package id.loket.domain.household;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lurah types to explain a household: the reason, who reported it (the ketua RT, usually) and
 * on which day. Checked before anything is saved.
 */
public record ExplanationDraft(ExplanationReason reason, String reportedBy, LocalDate reportedOn) {

    /** The column's width; a name longer than this is a typing slip, not a name. */
    public static final int REPORTED_BY_MAX = 200;

    /** What is wrong with the draft, in the person's words; empty when it can be saved. */
    public List<Message> problems(LocalDate today) {
        List<Message> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(Message.of("explanation.problem.reason"));
        }
        if (reportedBy == null || reportedBy.isBlank()) {
            problems.add(Message.of("explanation.problem.reportedBy"));
        } else if (reportedBy.strip().length() > REPORTED_BY_MAX) {
            problems.add(Message.of("explanation.problem.reportedByTooLong", REPORTED_BY_MAX));
        }
        if (reportedOn == null) {
            problems.add(Message.of("explanation.problem.reportedOn"));
        } else if (reportedOn.isAfter(today)) {
            problems.add(Message.of("explanation.problem.future"));
        }
        return problems;
    }
}
