package id.loket.app;

import id.loket.config.SettingKeys;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The two options a kiosk start takes ({@code --config FILE}, {@code --data-dir DIR}, each also as
 * {@code --name=value}), read without picocli: building picocli's model of the whole command line
 * makes an instance of every command and reflects over its fields (and so starts logging), half a
 * second of processor time that a 2-core counter PC would otherwise spend beside the JavaFX runtime
 * starting up, before the first window. Anything this does not read plainly (an option given twice,
 * an option as the value of another, a path the file system refuses) is left to picocli, which says
 * what is wrong as for any command.
 */
record KioskArguments(Optional<Path> configFile, Optional<Path> dataDir) {

    private static final String CONFIG = "--config";
    private static final String DATA_DIR = "--data-dir";

    /** The arguments of a kiosk start ({@code LoketCommand.isKioskStart}), or empty to let picocli read them. */
    static Optional<KioskArguments> read(String[] args) {
        Path config = null;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String name = optionName(args[i]);
            String value;
            if (args[i].startsWith(name + "=")) {
                value = args[i].substring(name.length() + 1);
            } else if (args[i].equals(name) && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            Optional<Path> path = toPath(value);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            if (name.equals(CONFIG) && config == null) {
                config = path.get();
            } else if (name.equals(DATA_DIR) && dataDir == null) {
                dataDir = path.get();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new KioskArguments(Optional.ofNullable(config), Optional.ofNullable(dataDir)));
    }

    /** The settings the command line overrides, as {@code LoketCommand} gives them to the settings loader. */
    Map<String, String> overrides() {
        return dataDir.map(dir -> Map.of(SettingKeys.DATA_DIR, dir.toString())).orElse(Map.of());
    }

    private static String optionName(String arg) {
        return arg.startsWith(DATA_DIR) ? DATA_DIR : arg.startsWith(CONFIG) ? CONFIG : "";
    }

    private static Optional<Path> toPath(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
