package id.loket.app;

import id.loket.domain.text.Message;
import java.util.Locale;

/**
 * The window cannot open because the JavaFX runtime did not start. Carries what is missing in the
 * person's words ({@link #problem()}); the runtime's own exception stays the cause, for the log.
 */
final class ToolkitUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    private ToolkitUnavailable(String detail, Message problem, Throwable cause) {
        super(detail, cause);
        this.problem = problem;
    }

    /**
     * Reads the runtime's failure. JavaFX says "Unable to open DISPLAY" when there is no display (or
     * the one named does not answer) and "Unable to load glass GTK library" when GTK 3 is missing; an
     * UnsatisfiedLinkError is a native library that did not load either.
     */
    static ToolkitUnavailable from(Throwable failure) {
        String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        Message problem;
        if (text.contains("display")) {
            problem = Message.of("app.toolkit.noDisplay");
        } else if (text.contains("gtk") || failure instanceof UnsatisfiedLinkError) {
            problem = Message.of("app.toolkit.noGtk");
        } else {
            problem = Message.of("app.toolkit.failed");
        }
        return new ToolkitUnavailable("JavaFX did not start: " + failure, problem, failure);
    }

    static ToolkitUnavailable notStartedWithin(long seconds) {
        return new ToolkitUnavailable("JavaFX did not start within " + seconds + " s",
                Message.of("app.toolkit.timeout", String.valueOf(seconds)), null);
    }

    Message problem() {
        return problem;
    }
}
