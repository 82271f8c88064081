package id.loket.config;

/**
 * Rules for agent and supervisor PINs.
 *
 * @param pinMinLength      shortest PIN accepted when one is set, {@link #MIN_PIN_LENGTH} to {@link #MAX_PIN_LENGTH}
 * @param pinHashIterations PBKDF2 iterations when a PIN is hashed, at least {@link #MIN_HASH_ITERATIONS}
 */
public record SecuritySettings(int pinMinLength, int pinHashIterations) {

    /** Below four digits a PIN is guessed too easily. */
    public static final int MIN_PIN_LENGTH = 4;
    /** Longer PINs get written on notes stuck to the screen. */
    public static final int MAX_PIN_LENGTH = 12;
    /** Fewer iterations make a stolen database's PINs cheap to brute-force. */
    public static final int MIN_HASH_ITERATIONS = 100_000;

    public SecuritySettings {
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
