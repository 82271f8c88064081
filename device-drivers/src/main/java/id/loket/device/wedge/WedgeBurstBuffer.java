package id.loket.device.wedge;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Tells a keyboard-wedge scanner from a person typing. A scanner "types" a whole code in a burst, a
 * few milliseconds per key, and ends it with Enter; people are slower. Pure: the time comes from the
 * injected clock, so tests decide it.
 *
 * <p>Feed every typed character to {@link #key(char)} and every Enter to {@link #enter()}. A burst is
 * a run of characters each following the one before within the gap, at least the minimum length
 * long, ended by an Enter that also comes within the gap. A slow key starts a new run with itself.
 */
public final class WedgeBurstBuffer {

    private final long maxGapNanos;
    private final int minLength;
    private final int maxLength;
    private final LongSupplier nanoTime;
    private final StringBuilder run = new StringBuilder();
    private long lastKeyNanos;

    /**
     * @param maxGapNanos the longest time between two keys of a burst
     * @param minLength   the shortest code, at least 2 (one fast key is not a burst)
     * @param maxLength   the longest code; a longer run is dropped
     */
    public WedgeBurstBuffer(long maxGapNanos, int minLength, int maxLength, LongSupplier nanoTime) {
        if (maxGapNanos <= 0) {
            throw new IllegalArgumentException("the gap must be positive");
        }
        if (minLength < 2 || maxLength < minLength) {
            throw new IllegalArgumentException("need 2 <= minLength <= maxLength");
        }
        this.maxGapNanos = maxGapNanos;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * A character was typed.
     *
     * @return true when it continues a run of fast keys (it may be part of a scan), false when it
     *         starts a new run
     */
    public boolean key(char c) {
        long now = nanoTime.getAsLong();
        boolean continues = run.length() > 0 && now - lastKeyNanos <= maxGapNanos;
        if (continues && run.length() >= maxLength) {
            continues = false;
        }
        if (!continues) {
            run.setLength(0);
        }
        run.append(c);
        lastKeyNanos = now;
        return continues;
    }

    /**
     * Enter was pressed.
     *
     * @return the code when the keys since the last slow key form a burst; the run is cleared either way
     */
    public Optional<String> enter() {
        long now = nanoTime.getAsLong();
        boolean burst = run.length() >= minLength && now - lastKeyNanos <= maxGapNanos;
        String code = run.toString();
        run.setLength(0);
        return burst ? Optional.of(code) : Optional.empty();
    }

    /** How many characters the current run holds (what a filter would remove from a field on a scan). */
    public int pending() {
        return run.length();
    }

    /** Forgets the current run, e.g. when the focus moves. */
    public void reset() {
        run.setLength(0);
    }
}
