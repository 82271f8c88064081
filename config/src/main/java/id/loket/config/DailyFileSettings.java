package id.loket.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The daily file for the kecamatan and the city.
 *
 * @param outbox where the kiosk writes the day's file at day close, for a USB stick or a shared folder to
 *               take; a later close of the same day replaces the file
 */
public record DailyFileSettings(Path outbox) {

    /** The outbox's folder inside the data folder when {@code dailyfile.outbox} is empty. */
    public static final String DEFAULT_FOLDER = "kotak-keluar";

    public DailyFileSettings {
        Objects.requireNonNull(outbox, "outbox");
        if (!outbox.isAbsolute()) {
            throw new IllegalArgumentException("outbox must be absolute: " + outbox);
        }
    }
}
