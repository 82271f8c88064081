package id.loket.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the records live.
 *
 * @param dataDir     absolute folder for the embedded database, backups and print jobs
 * @param databaseUrl an H2 JDBC URL (for LAN mode, {@code jdbc:h2:tcp://...}); empty means the embedded
 *                    H2 file database inside {@link #dataDir()}
 * @param demoWhenEmpty whether the kiosk fills an empty database with the fictional demo office; off on a real
 *                      install, where the first start asks for the supervisor account instead
 */
public record DataSettings(Path dataDir, Optional<String> databaseUrl, boolean demoWhenEmpty) {

    /** Every database URL must start with this: Loket ships the H2 driver only. */
    public static final String H2_URL_PREFIX = "jdbc:h2:";

    public DataSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        if (!dataDir.isAbsolute()) {
            throw new IllegalArgumentException("dataDir must be absolute: " + dataDir);
        }
        databaseUrl.ifPresent(url -> {
            if (!url.startsWith(H2_URL_PREFIX)) {
                throw new IllegalArgumentException("databaseUrl must start with " + H2_URL_PREFIX + ": " + url);
            }
        });
    }
}
