package id.loket.domain.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, deliberately slow PIN hashing (PBKDF2 with HMAC-SHA256), stored as one self-describing
 * string {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the iteration count can grow later
 * without breaking accounts made today.
 *
 * <p>A PIN has few possible values, so the slowness is what protects a stolen database: at 210,000
 * iterations each guess costs a fraction of a second.
 */
public final class PinHasher {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PinHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * A stored value that no PIN matches (random salt and random hash) but that takes as long to check
     * as a real one: checked for a user name that has no account, so a login takes the same time
     * whether the name exists or not.
     */
    public String decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True when {@code pin} matches; compares in constant time. A malformed stored value never matches. */
    public boolean matches(char[] pin, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("\\d{1,9}")) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(parts[2]);
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(pin, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime ships PBKDF2WithHmacSHA256; without it no login can be checked.
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this Java runtime", e);
        }
    }
}
