package id.loket.device.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Something came from the scanner that is not a code: garbage bytes, an over-long frame, a code whose
 * end never came. {@code detail} is for the log (lengths and the first bytes in hex).
 */
public record ScanError(DeviceProblem problem, String detail, ScanSource source, Instant time) {

    public ScanError {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
    }
}
