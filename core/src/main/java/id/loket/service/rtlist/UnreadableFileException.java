package id.loket.service.rtlist;

import id.loket.domain.text.Message;
import java.util.Objects;

/** The file could not be read as an RT list at all; {@link #problem()} says why and what to do. */
public final class UnreadableFileException extends Exception {

    private final transient Message problem;

    public UnreadableFileException(Message problem, String detail, Throwable cause) {
        super(detail, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Message problem() {
        return problem;
    }
}
