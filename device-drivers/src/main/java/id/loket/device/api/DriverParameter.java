package id.loket.device.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One parameter a driver reads from {@code device.<role>.<name>}.
 *
 * @param name         the parameter's name; a name ending in {@code .*} stands for a family such as
 *                     {@code field.nik}, {@code field.name}
 * @param defaultValue the value used when it is not set; empty for a required parameter or one with no
 *                     default
 * @param description  what it means and what it allows, in English, for the documentation
 */
public record DriverParameter(String name, Optional<String> defaultValue, String description) {

    public DriverParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    public static DriverParameter of(String name, String defaultValue, String description) {
        return new DriverParameter(name, Optional.ofNullable(defaultValue), description);
    }

    public static DriverParameter required(String name, String description) {
        return new DriverParameter(name, Optional.empty(), description);
    }

    /** Whether a parameter written as {@code given} is this one (or one of this family). */
    public boolean matches(String given) {
        if (name.endsWith(".*")) {
            String prefix = name.substring(0, name.length() - 1);
            return given.startsWith(prefix) && given.length() > prefix.length();
        }
        return name.equals(given);
    }
}
