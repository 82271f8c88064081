package id.loket.service.schedule;

import id.loket.domain.text.Message;
import java.util.List;

/** The inputs cannot make a plan; {@link #problems} says why, in words for the person who gave them. */
public final class InvalidPlanInputsException extends RuntimeException {

    private final transient List<Message> problems;

    public InvalidPlanInputsException(List<Message> problems) {
        super("plan inputs have problems: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Message> problems() {
        return problems;
    }
}
