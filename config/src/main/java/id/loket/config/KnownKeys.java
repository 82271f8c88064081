package id.loket.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a key in the office's file or on the command line is one Loket reads, and otherwise
 * finds the key that was probably meant. A typo must stop the start: silently ignoring
 * {@code ui.resident-idle-second=300} would leave elderly residents with the default reading time.
 */
final class KnownKeys {

    private static final List<String> SERVICE_FIELDS = List.of("letter", "name", "name.en", "colour", "documents",
            "documents.en");

    private final List<String> serviceCodes;

    /** @param serviceCodes the codes listed in {@code queue.services}: only they may have service keys */
    KnownKeys(List<String> serviceCodes) {
        this.serviceCodes = List.copyOf(serviceCodes);
    }

    boolean isKnown(String key) {
        if (SettingKeys.FIXED.contains(key)) {
            return true;
        }
        for (String code : serviceCodes) {
            for (String field : SERVICE_FIELDS) {
                if (key.equals(SettingKeys.SERVICE_PREFIX + code + "." + field)) {
                    return true;
                }
            }
        }
        // Driver parameters are free-form: only the driver knows them, so any name under a known role goes.
        return DeviceSettings.ROLES.stream().anyMatch(role -> {
            String prefix = SettingKeys.deviceParameterPrefix(role);
            return key.startsWith(prefix) && key.length() > prefix.length();
        });
    }

    /** The error for a key that {@link #isKnown} rejected, with the nearest known key as suggestion. */
    SettingsException unknown(SettingLayers.Entry entry) {
        Optional<String> suggestion = nearest(entry.key());
        return SettingsException.unknownKey(entry.source(), entry.key(), entry.value(), allowedFor(entry.key()),
                suggestion.orElse(null));
    }

    /** The known key closest to {@code key}, if one is close enough to be a plausible typo. */
    Optional<String> nearest(String key) {
        String typed = key.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, key.length() / 4);
        return candidates(key).stream()
                .map(candidate -> new Scored(candidate,
                        EditDistance.between(typed, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::key))
                .map(Scored::key);
    }

    private List<String> candidates(String key) {
        List<String> candidates = new ArrayList<>(SettingKeys.FIXED);
        for (String code : serviceCodes) {
            SERVICE_FIELDS.forEach(field -> candidates.add(SettingKeys.SERVICE_PREFIX + code + "." + field));
        }
        // For "devise.scaner.port" the intended key is the same parameter under a known role.
        String[] parts = key.split("\\.", 3);
        if (parts.length == 3) {
            DeviceSettings.ROLES.forEach(role -> candidates.add(SettingKeys.deviceParameterPrefix(role) + parts[2]));
        }
        return candidates;
    }

    private Allowed allowedFor(String key) {
        if (key.startsWith(SettingKeys.SERVICE_PREFIX)) {
            return Allowed.of(Allowed.Rule.SERVICE_KEY, String.join(", ", serviceCodes));
        }
        if (key.startsWith(SettingKeys.DEVICE_PREFIX)) {
            return Allowed.of(Allowed.Rule.DEVICE_KEY, String.join(", ", DeviceSettings.ROLES));
        }
        return Allowed.of(Allowed.Rule.DOCUMENTED_KEY);
    }

    private record Scored(String key, int distance) {
    }
}
