package id.loket.config;

import java.nio.file.Path;

/**
 * Rules for agent and supervisor PINs.
 *
 * @param pinMinLength      shortest PIN accepted when one is set, {@link #MIN_PIN_LENGTH} to {@link #MAX_PIN_LENGTH}
 * @param pinHashIterations PBKDF2 iterations when a PIN is hashed, at least {@link #MIN_HASH_ITERATIONS}
 * @param keyFile           the database encryption key; never inside the data folder, so a copy of
 *                          that folder alone cannot be read
 * @param retentionDays     how long a registration's personal data is kept before the purge may remove it
 */
public record SecuritySettings(int pinMinLength, int pinHashIterations, Path keyFile, int retentionDays) {

    /** Below four digits a PIN is guessed too easily. */
    public static final int MIN_PIN_LENGTH = 4;
    /** Longer PINs get written on notes stuck to the screen. */
    public static final int MAX_PIN_LENGTH = 12;
    /** Fewer iterations make a stolen database's PINs cheap to brute-force. */
    public static final int MIN_HASH_ITERATIONS = 100_000;
    /** Reports and follow-ups need the data at least through the programme's window. */
    public static final int MIN_RETENTION_DAYS = 90;

    public SecuritySettings {
        if (!keyFile.isAbsolute()) {
            throw new IllegalArgumentException("keyFile must be absolute: " + keyFile);
        }
        if (retentionDays < MIN_RETENTION_DAYS) {
            throw new IllegalArgumentException("retentionDays must be at least " + MIN_RETENTION_DAYS);
        }
        if (pinMinLength < MIN_PIN_LENGTH || pinMinLength > MAX_PIN_LENGTH) {
            throw new IllegalArgumentException(
                    "pinMinLength must be " + MIN_PIN_LENGTH + "-" + MAX_PIN_LENGTH + ": " + pinMinLength);
        }
        if (pinHashIterations < MIN_HASH_ITERATIONS) {
            throw new IllegalArgumentException(
                    "pinHashIterations must be at least " + MIN_HASH_ITERATIONS + ": " + pinHashIterations);
        }
    }
}
