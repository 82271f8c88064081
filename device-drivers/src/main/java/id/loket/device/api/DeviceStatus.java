package id.loket.device.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a device stands, as the counter's status bar shows it. An ERROR always carries a reason a
 * person understands ("Printer kehabisan kertas"), never an exception text.
 */
public record DeviceStatus(State state, Optional<String> reason) {

    public enum State { DISCONNECTED, CONNECTING, READY, BUSY, ERROR }

    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        if (state == State.ERROR && reason.filter(r -> !r.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("an ERROR status needs a reason a person can act on");
        }
    }

    public static DeviceStatus of(State state) {
        return new DeviceStatus(state, Optional.empty());
    }

    public static DeviceStatus error(String reason) {
        return new DeviceStatus(State.ERROR, Optional.of(reason));
    }

    public boolean usable() {
        return state == State.READY;
    }
}
