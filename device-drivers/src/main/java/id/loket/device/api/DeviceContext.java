package id.loket.device.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What the application hands every driver it creates.
 *
 * @param clock    the time stamped on events
 * @param nanoTime a monotonic clock for gaps and time-outs ({@link System#nanoTime()} in the app)
 * @param dataDir  Loket's data folder; drivers keep their files under it by default
 */
public record DeviceContext(Clock clock, LongSupplier nanoTime, Path dataDir) {

    public DeviceContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(nanoTime, "nanoTime");
        Objects.requireNonNull(dataDir, "dataDir");
    }
}
