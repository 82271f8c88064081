package id.loket.config;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The raw settings after layering: for each key, the value of the last layer that set it and where that
 * value came from, so an error can name the right file.
 */
final class SettingLayers {

    /**
     * One key's winning value.
     *
     * @param value  trimmed, possibly empty
     * @param source the layer's name: a file path, {@link SettingsLoader#DEFAULTS_SOURCE} or
     *               {@link SettingsLoader#OVERRIDES_SOURCE}
     * @param layer  0 for the defaults, higher for each layer added later
     */
    record Entry(String key, String value, String source, int layer) {

        boolean fromDefaults() {
            return layer == 0;
        }
    }

    // Sorted, so that of several bad keys the same one is always reported first.
    private final Map<String, Entry> entries = new TreeMap<>();
    private int layerCount;

    /** Puts a layer on top of those added before; a null value counts as empty. */
    void add(String source, Map<String, String> values) {
        int layer = layerCount++;
        values.forEach((key, value) -> {
            String trimmedKey = key.strip();
            entries.put(trimmedKey, new Entry(trimmedKey, value == null ? "" : value.strip(), source, layer));
        });
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    Collection<Entry> entries() {
        return entries.values();
    }
}
