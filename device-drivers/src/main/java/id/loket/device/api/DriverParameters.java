package id.loket.device.api;

import id.loket.config.DeviceChoice;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a driver's parameters from its {@link DeviceChoice} and turns every bad value into a
 * {@link DeviceConfigurationException} that names the setting and what it allows.
 */
public final class DriverParameters {

    private final DeviceRole role;
    private final DeviceChoice choice;

    public DriverParameters(DeviceRole role, DeviceChoice choice) {
        this.role = role;
        this.choice = choice;
    }

    public DeviceRole role() {
        return role;
    }

    public String driverId() {
        return choice.driverId();
    }

    public Optional<String> optional(String name) {
        return choice.parameter(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String string(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    public String required(String name, String allowed) {
        return optional(name).orElseThrow(() -> DeviceConfigurationException.missing(role, driverId(), name, allowed));
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String allowed = "a whole number from " + min + " to " + max;
        try {
            int value = Integer.parseInt(text.get());
            if (value < min || value > max) {
                throw bad(name, text.get(), allowed, null);
            }
            return value;
        } catch (NumberFormatException e) {
            throw bad(name, text.get(), allowed, e);
        }
    }

    /** One of the constants of {@code type}, written in any case, with '-' for '_'. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String wanted = text.get().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw bad(name, text.get(), allowed, null);
    }

    public URI uri(String name, List<String> schemes) {
        String text = required(name, "a URL starting with " + String.join(" or ", schemes) + "://");
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw bad(name, text, "a URL starting with " + String.join(" or ", schemes) + "://", null);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw bad(name, text, "a URL starting with " + String.join(" or ", schemes) + "://", e);
        }
    }

    public Path path(String name, Path defaultValue) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            return Path.of(text.get());
        } catch (InvalidPathException e) {
            throw bad(name, text.get(), "a file or folder path", e);
        }
    }

    public Optional<Path> optionalPath(String name) {
        return optional(name).map(text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw bad(name, text, "a file or folder path", e);
            }
        });
    }

    public byte[] hex(String name, String defaultValue) {
        String text = string(name, defaultValue).replace(" ", "");
        try {
            byte[] bytes = HexFormat.of().parseHex(text);
            if (bytes.length == 0) {
                throw bad(name, text, "hex bytes, e.g. FFCA000000", null);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw bad(name, text, "hex bytes, e.g. FFCA000000", e);
        }
    }

    /** Every parameter {@code <prefix><suffix>}, keyed by suffix, e.g. all {@code field.*}. */
    public Map<String, String> family(String prefix) {
        Map<String, String> found = new TreeMap<>();
        choice.parameters().forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length() && !value.isBlank()) {
                found.put(key.substring(prefix.length()), value.strip());
            }
        });
        return found;
    }

    public DeviceConfigurationException bad(String name, String value, String allowed, Throwable cause) {
        return DeviceConfigurationException.bad(role, driverId(), name, value, allowed, cause);
    }
}
