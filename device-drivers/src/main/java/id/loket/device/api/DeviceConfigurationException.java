package id.loket.device.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A device setting that cannot work: an unknown driver id, an unknown parameter, a missing or wrong
 * value. The message names the role, the driver, the parameter and what is allowed; the accessors
 * give the same facts to the application, which words them in the chosen language.
 */
public final class DeviceConfigurationException extends RuntimeException {

    public enum Kind { UNKNOWN_DRIVER, UNKNOWN_PARAMETER, MISSING_PARAMETER, BAD_PARAMETER }

    private final Kind kind;
    private final DeviceRole role;
    private final String driverId;
    private final String parameter;
    private final String value;
    private final String allowed;

    private DeviceConfigurationException(Kind kind, DeviceRole role, String driverId, String parameter,
                                         String value, String allowed, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.role = Objects.requireNonNull(role, "role");
        this.driverId = Objects.requireNonNull(driverId, "driverId");
        this.parameter = parameter;
        this.value = value;
        this.allowed = Objects.requireNonNull(allowed, "allowed");
    }

    public static DeviceConfigurationException unknownDriver(DeviceRole role, String driverId, List<String> known) {
        String knownText = known.isEmpty() ? "(none installed)" : String.join(", ", known);
        return new DeviceConfigurationException(Kind.UNKNOWN_DRIVER, role, driverId, null, null, knownText,
                "No " + role + " driver '" + driverId + "' is installed (setting device." + role + "); known "
                        + role + " drivers: " + knownText, null);
    }

    public static DeviceConfigurationException unknownParameter(DeviceRole role, String driverId, String parameter,
                                                                List<String> known) {
        String knownText = known.isEmpty() ? "(this driver takes no parameters)" : String.join(", ", known);
        return new DeviceConfigurationException(Kind.UNKNOWN_PARAMETER, role, driverId, parameter, null, knownText,
                "The " + role + " driver '" + driverId + "' has no parameter '" + parameter + "' (setting device."
                        + role + "." + parameter + "); its parameters are: " + knownText, null);
    }

    public static DeviceConfigurationException missing(DeviceRole role, String driverId, String parameter,
                                                       String allowed) {
        return new DeviceConfigurationException(Kind.MISSING_PARAMETER, role, driverId, parameter, null, allowed,
                "The " + role + " driver '" + driverId + "' needs device." + role + "." + parameter + " (" + allowed
                        + ")", null);
    }

    public static DeviceConfigurationException bad(DeviceRole role, String driverId, String parameter, String value,
                                                   String allowed, Throwable cause) {
        return new DeviceConfigurationException(Kind.BAD_PARAMETER, role, driverId, parameter, value, allowed,
                "device." + role + "." + parameter + "=" + value + " is not allowed for the " + role + " driver '"
                        + driverId + "'; allowed: " + allowed, cause);
    }

    public Kind kind() {
        return kind;
    }

    public DeviceRole role() {
        return role;
    }

    public String driverId() {
        return driverId;
    }

    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** The known drivers or parameters, or the values that are allowed. */
    public String allowed() {
        return allowed;
    }
}
