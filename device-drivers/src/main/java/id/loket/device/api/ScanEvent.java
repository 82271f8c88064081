package id.loket.device.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A code as scanned: the payload exactly as the scanner sent it, without the end-of-code mark.
 */
public record ScanEvent(String payload, ScanSource source, Instant time) {

    public ScanEvent {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
    }
}
