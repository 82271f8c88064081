package id.loket.domain.notice;

import id.loket.domain.complaint.CleanText;
import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice as the lurah typed it. Short enough to print at the bottom of a ticket and to read on the
 * board's ticker in one pass; a range that ends before it starts, or ended already, is refused.
 */
public record NoticeDraft(String text, Optional<LocalDate> from, Optional<LocalDate> to) {

    /** What fits a ticket in a few lines and the board's ticker in one pass. */
    public static final int MAX_TEXT = 200;

    public NoticeDraft {
        text = CleanText.of(text);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public List<Message> problems(LocalDate today) {
        List<Message> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(Message.of("notice.problem.noText"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(Message.of("notice.problem.textTooLong", String.valueOf(MAX_TEXT), String.valueOf(text.length())));
        }
        if (from.isEmpty() || to.isEmpty()) {
            problems.add(Message.of("notice.problem.noDates"));
        } else if (to.get().isBefore(from.get())) {
            problems.add(Message.of("notice.problem.endsBeforeStart"));
        } else if (to.get().isBefore(today)) {
            problems.add(Message.of("notice.problem.alreadyOver"));
        }
        return problems;
    }
}
