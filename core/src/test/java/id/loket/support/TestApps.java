package id.loket.support;

import id.loket.wiring.AppContext;
import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.DocumentFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A real Loket on a real H2 file in a temporary folder, with the built-in settings. */
public final class TestApps {

    /** Thursday 4 June 2026, 09:00 WITA: the first morning of the registration window. */
    public static final Clock FIRST_DAY = Clock.fixed(
            LocalDateTime.of(2026, 6, 4, 9, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant(),
            ZoneId.of("Asia/Makassar"));

    private TestApps() {
    }

    public static LoketSettings settings(Path dataDir, String... keyValues) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("data.dir", dataDir.toString());
        // The key beside the data folder (never inside it), so tests leave nothing in the user's home.
        overrides.put("security.key-file", keyFile(dataDir).toString());
        // The lowest iteration count settings allow: still the real hash, just quicker tests.
        overrides.put("security.pin-hash-iterations", "100000");
        // The simulated sound: a test never sounds this PC's speaker or runs espeak-ng unless it asks to.
        overrides.put("device.sound", "simulated");
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            overrides.put(keyValues[i], keyValues[i + 1]);
        }
        return SettingsLoader.load(Optional.empty(), overrides);
    }

    /** Where the tests keep a data folder's key: beside it, never inside it. */
    public static Path keyFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".key");
    }

    /**
     * A settings file for running the command line on a test office: it names the office's key,
     * plus any further {@code key=value} lines given.
     */
    public static Path configFor(Path dataDir, String... lines) {
        Path config = dataDir.resolveSibling(dataDir.getFileName() + "-loket.properties");
        StringBuilder text = new StringBuilder("security.key-file=")
                .append(keyFile(dataDir).toString().replace('\\', '/')).append('\n');
        for (String line : lines) {
            text.append(line).append('\n');
        }
        try {
            java.nio.file.Files.writeString(config, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return config;
    }

    /** The database of a test office, opened directly with its key, for checks below the services. */
    public static Database database(Path dataDir) {
        return Database.openEmbedded(dataDir, DatabaseKey.loadOrCreate(keyFile(dataDir)));
    }

    /** The kept documents of a test office, opened with its key, to read back what the services sealed. */
    public static DocumentFolder documents(Path dataDir) {
        return new DocumentFolder(dataDir, DatabaseKey.loadOrCreate(keyFile(dataDir)));
    }

    /** Opens with the devices started, as the kiosk window does. */
    public static AppContext open(Path dataDir, String... keyValues) {
        AppContext app = AppContext.open(settings(dataDir, keyValues), FIRST_DAY);
        app.startDevices();
        return app;
    }

    /** Opens and fills with the fictional office. */
    public static AppContext withDemoData(Path dataDir, int households, String... keyValues) {
        AppContext app = open(dataDir, keyValues);
        app.security().demoData().fill(app.foundation().office(), households);
        return app;
    }

    /** The supervisor the command-line tests sign in with on an office without demo data. */
    public static final String SUPERVISOR = "kepala";
    public static final String SUPERVISOR_PIN = "472915";

    /** Adds {@link #SUPERVISOR} to the office in {@code dataDir} (made when missing) unless it is there. */
    public static void addSupervisor(Path dataDir) {
        try (AppContext app = AppContext.open(settings(dataDir), FIRST_DAY)) {
            if (app.security().accounts().find(SUPERVISOR).isEmpty()) {
                java.util.List<id.loket.domain.text.Message> problems = app.security().accounts().create(SUPERVISOR,
                        "Kepala Uji",
                        id.loket.domain.account.Role.SUPERVISOR, SUPERVISOR_PIN.toCharArray(),
                        SUPERVISOR_PIN.toCharArray(), "test");
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("test supervisor refused: " + problems);
                }
            }
        }
    }
}
