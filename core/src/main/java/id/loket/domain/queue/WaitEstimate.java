package id.loket.domain.queue;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When a resident can expect to be called: a window, never a single minute, because a promise of
 * "10.37" that turns into 10.52 is worse than an honest "10.30–10.55".
 *
 * @param peopleAhead tickets that will be called first
 * @param from        the window's start (rounded down to five minutes)
 * @param to          the window's end (rounded up to five minutes)
 * @param measured    whether today's measured service times were used (otherwise the default)
 */
public record WaitEstimate(int peopleAhead, LocalTime from, LocalTime to, boolean measured) {

    public WaitEstimate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (peopleAhead < 0) {
            throw new IllegalArgumentException("peopleAhead must not be negative: " + peopleAhead);
        }
    }

    /** Nobody ahead: the resident is called next. */
    public boolean soon() {
        return peopleAhead == 0;
    }
}
