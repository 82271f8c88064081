package id.loket.config;

import java.nio.file.Path;

/**
 * Backups of the database.
 *
 * @param dir   where backups go; outside the data folder, so one disk fault cannot take both
 * @param keep  how many daily backups are kept before the oldest is removed
 * @param daily whether the kiosk makes one backup a day by itself
 */
public record BackupSettings(Path dir, int keep, boolean daily) {

    public static final int MAX_KEEP = 365;

    public BackupSettings {
        if (!dir.isAbsolute()) {
            throw new IllegalArgumentException("backup dir must be absolute: " + dir);
        }
        if (keep < 1 || keep > MAX_KEEP) {
            throw new IllegalArgumentException("keep must be 1-" + MAX_KEEP + ": " + keep);
        }
    }
}
