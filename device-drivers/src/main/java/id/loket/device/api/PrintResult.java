package id.loket.device.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How a print job ended: confirmed by the printer driver, or failed with a problem. There is no third
 * outcome: a job the driver could not confirm is failed, so the application keeps it for a reprint.
 *
 * @param detail what confirmed it or why it failed, for the log (file written, spooler, status bytes)
 */
public record PrintResult(boolean confirmed, Optional<DeviceProblem> problem, String detail) {

    public PrintResult {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
        if (confirmed == problem.isPresent()) {
            throw new IllegalArgumentException("a confirmed job has no problem; a failed one has one");
        }
    }

    public static PrintResult confirmed(String detail) {
        return new PrintResult(true, Optional.empty(), detail);
    }

    public static PrintResult failed(DeviceProblem problem, String detail) {
        return new PrintResult(false, Optional.of(problem), detail);
    }
}
