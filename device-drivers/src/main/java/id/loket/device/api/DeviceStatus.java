package id.loket.device.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a device stands, as the counter's status bar shows it.
 *
 * <p>An ERROR always carries a {@link DeviceProblem} code, which the application words for the person
 * at the counter. Any other state may carry one too: a DISCONNECTED scanner says why (PORT_GONE), a
 * READY printer may warn (PAPER_LOW). The optional detail is technical text for the log, never for the
 * screen.
 */
public record DeviceStatus(State state, Optional<DeviceProblem> problem, Optional<String> detail) {

    public enum State { DISCONNECTED, CONNECTING, READY, BUSY, ERROR }

    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
        if (state == State.ERROR && problem.isEmpty()) {
            throw new IllegalArgumentException("an ERROR status needs a problem code");
        }
        detail = detail.filter(d -> !d.isBlank());
    }

    public static DeviceStatus of(State state) {
        return new DeviceStatus(state, Optional.empty(), Optional.empty());
    }

    public static DeviceStatus ready() {
        return of(State.READY);
    }

    public static DeviceStatus error(DeviceProblem problem, String detail) {
        return new DeviceStatus(State.ERROR, Optional.of(problem), Optional.ofNullable(detail));
    }

    public static DeviceStatus disconnected(DeviceProblem problem, String detail) {
        return new DeviceStatus(State.DISCONNECTED, Optional.of(problem), Optional.ofNullable(detail));
    }

    /** A state with a problem attached, e.g. READY with the warning PAPER_LOW. */
    public static DeviceStatus of(State state, DeviceProblem problem, String detail) {
        return new DeviceStatus(state, Optional.of(problem), Optional.ofNullable(detail));
    }

    /** True when the device can be used now. */
    public boolean usable() {
        return state == State.READY;
    }

    /** Same state and problem; the detail text does not count (it may hold a changing error number). */
    public boolean sameAs(DeviceStatus other) {
        return other != null && state == other.state && problem.equals(other.problem);
    }

    @Override
    public String toString() {
        return state + problem.map(p -> " " + p).orElse("") + detail.map(d -> " (" + d + ")").orElse("");
    }
}
