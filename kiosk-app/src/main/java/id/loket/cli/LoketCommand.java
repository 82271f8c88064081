package id.loket.cli;

import id.loket.app.AppContext;
import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.domain.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loket [--config FILE] [--data-dir DIR] [COMMAND]}: with no command it opens the kiosk window;
 * the commands are for IT staff and scripts.
 */
@Command(name = "loket", mixinStandardHelpOptions = true, version = "Loket 0.1",
        description = "Loket: counter kiosk for kelurahan offices. Without a command, opens the kiosk window.",
        subcommands = {NikCommand.class, DemoDataCommand.class, ExportCommand.class, ImportCommand.class})
public final class LoketCommand implements Callable<Integer> {

    /** Opens the kiosk window; supplied by the application's main so the command line knows no JavaFX. */
    @FunctionalInterface
    public interface KioskLauncher {
        int launch(LoketSettings settings);
    }

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (loket.properties).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder; overrides data.dir.")
    Path dataDir;

    private final KioskLauncher kiosk;
    private final Clock clock;
    private LoketSettings settings;

    public LoketCommand(KioskLauncher kiosk, Clock clock) {
        this.kiosk = kiosk;
        this.clock = clock;
    }

    /**
     * True when {@code args} open the kiosk window: nothing but {@code --config} and {@code --data-dir}
     * with their values. Lets the application start JavaFX before the command line is parsed.
     */
    public static boolean isKioskStart(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--config=") || arg.startsWith("--data-dir=")) {
                continue;
            }
            if ((arg.equals("--config") || arg.equals("--data-dir")) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    @Override
    public Integer call() {
        return kiosk.launch(settings());
    }

    /** The settings, loaded once: defaults, then the file, then the command line's overrides. */
    LoketSettings settings() {
        if (settings == null) {
            Map<String, String> overrides = new HashMap<>();
            if (dataDir != null) {
                overrides.put("data.dir", dataDir.toString());
            }
            settings = SettingsLoader.load(Optional.ofNullable(configFile), overrides);
        }
        return settings;
    }

    Texts texts() {
        return Texts.forLocale(settings().ui().language().locale());
    }

    AppContext openApp() {
        return AppContext.open(settings(), clock);
    }

    Clock clock() {
        return clock;
    }
}
