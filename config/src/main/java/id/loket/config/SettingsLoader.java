package id.loket.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@code loket.properties}. Three layers, each overriding the one before: the documented defaults
 * shipped with Loket, the office's settings file, and overrides from the command line (its
 * {@code --data-dir} becomes {@link SettingKeys#DATA_DIR}). Everything is validated before anything is
 * returned, so the application never starts half-configured.
 */
public final class SettingsLoader {

    /** Classpath location of the documented defaults ({@code config/defaults/loket.properties} in the repository). */
    public static final String DEFAULTS_RESOURCE = "/config/defaults/loket.properties";
    /** How the defaults layer is named in errors. */
    public static final String DEFAULTS_SOURCE = "default settings";
    /** How the overrides layer is named in errors. */
    public static final String OVERRIDES_SOURCE = "command line";

    private SettingsLoader() {
    }

    /**
     * Loads and validates the settings.
     *
     * @param configFile the office's settings file, if one was given; it must then exist and be readable.
     *                   Relative paths in it (such as {@code data.dir}) are resolved against the working folder.
     * @param overrides  settings keys and values that beat the file, e.g. {@code data.dir} from the command line
     * @throws SettingsException naming source, key, value and what is allowed, for the first problem found
     */
    public static LoketSettings load(Optional<Path> configFile, Map<String, String> overrides) {
        return load(configFile, overrides, Path.of("").toAbsolutePath(), KelurahanCatalog.builtIn());
    }

    /** The defaults alone, e.g. for a demo on a laptop with no settings file. */
    public static LoketSettings loadDefaults() {
        return load(Optional.empty(), Map.of());
    }

    /** The text of the documented defaults file, for printing as a template for an office's own file. */
    public static String defaultsText() {
        return PropertiesFiles.readResource(DEFAULTS_RESOURCE);
    }

    static LoketSettings load(Optional<Path> configFile, Map<String, String> overrides, Path workingDir,
                              KelurahanCatalog catalog) {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(overrides, "overrides");
        SettingLayers layers = new SettingLayers();
        layers.add(DEFAULTS_SOURCE, PropertiesFiles.parse(defaultsText()));
        Optional<Path> file = configFile.map(path -> workingDir.resolve(path).toAbsolutePath().normalize());
        file.ifPresent(path -> layers.add(path.toString(), PropertiesFiles.readFile(path)));
        layers.add(OVERRIDES_SOURCE, overrides);
        rejectUnknownKeys(layers);
        return new SettingsBuilder(new SettingsReader(layers), catalog, workingDir).build(file);
    }

    /**
     * Checked before any value, so that a misspelt key is reported as the typo it is rather than as the
     * odd error its missing value causes elsewhere. The defaults are exempt: they keep the definitions of
     * services an office may have taken out of {@code queue.services}.
     */
    private static void rejectUnknownKeys(SettingLayers layers) {
        String services = layers.get(SettingKeys.QUEUE_SERVICES).map(SettingLayers.Entry::value).orElse("");
        KnownKeys known = new KnownKeys(SettingsReader.splitList(services));
        for (SettingLayers.Entry entry : layers.entries()) {
            if (!entry.fromDefaults() && !known.isKnown(entry.key())) {
                throw known.unknown(entry);
            }
        }
    }
}
