package id.loket.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The driver chosen for one device role and the free parameters handed to it.
 *
 * @param driverId   the id a driver registers under, e.g. {@code simulated} or {@code pdf-folder}
 * @param parameters the {@code device.<role>.<param>} settings of this role, keyed by {@code <param>};
 *                   only the driver knows what they mean
 */
public record DeviceChoice(String driverId, Map<String, String> parameters) {

    public DeviceChoice {
        Objects.requireNonNull(driverId, "driverId");
        if (driverId.isBlank()) {
            throw new IllegalArgumentException("driverId must not be blank");
        }
        parameters = Map.copyOf(parameters);
    }

    /** One parameter's value, if it is set. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
