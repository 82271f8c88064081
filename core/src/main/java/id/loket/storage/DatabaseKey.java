package id.loket.storage;

import id.loket.storage.crypt.EncryptedFilePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts the database file (AES, see {@code storage.crypt}): 32 random bytes, made at the first
 * start and kept in a file of its own OUTSIDE the data folder, readable by its owner only. A copy of
 * the data folder (a stolen PC's disk image, a backup on a USB stick) is useless without it.
 */
public final class DatabaseKey {

    private static final int KEY_BYTES = 32;
    /** The embedded database's file in the data folder, as {@link Database} names it. */
    private static final String DATABASE_FILE = "loket.mv.db";
    private static final String DOCUMENTS_PURPOSE = "loket-documents-v1";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final String hex;

    private DatabaseKey(String hex) {
        this.hex = hex;
    }

    /** Reads the key file, or makes it when missing. */
    public static DatabaseKey loadOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return read(keyFile);
            }
            return create(keyFile);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.KEY_UNUSABLE,
                    "The database key file cannot be read or made: " + keyFile, e);
        }
    }

    /**
     * The key of the embedded database in {@code dataDir}: read from {@code keyFile}, or made there
     * when the data folder holds no encrypted database yet (a first start, or a database from before
     * encryption, which is then encrypted with it). A new key never opens an existing encrypted
     * database, and making one would hide that the real key is gone: so then it refuses.
     *
     * @throws KeyFileMissingException when the key file is missing beside an encrypted database
     */
    public static DatabaseKey forDatabaseIn(Path dataDir, Path keyFile) {
        if (!Files.exists(keyFile) && holdsEncryptedDatabase(dataDir)) {
            throw new KeyFileMissingException(keyFile, dataDir);
        }
        return loadOrCreate(keyFile);
    }

    private static boolean holdsEncryptedDatabase(Path dataDir) {
        Path file = dataDir.resolve(DATABASE_FILE);
        try {
            return Files.isRegularFile(file) && EncryptedFilePath.isEncrypted(file);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.FAILED, "Cannot read the database file " + file, e);
        }
    }

    /**
     * Reads a key file that must already exist: a PC that connects to the office server uses a copy
     * of the server's key and must not make a key of its own.
     */
    public static DatabaseKey loadExisting(Path keyFile) {
        if (!Files.exists(keyFile)) {
            throw new StorageException(StorageException.Reason.KEY_UNUSABLE,
                    "No key file at " + keyFile + ": copy the server PC's key file there", null);
        }
        return loadOrCreate(keyFile);
    }

    private static DatabaseKey read(Path keyFile) throws IOException {
        String text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        if (!text.matches("[0-9a-f]{" + (KEY_BYTES * 2) + "}")) {
            throw new StorageException(StorageException.Reason.KEY_UNUSABLE,
                    "The database key file is damaged (not " + KEY_BYTES * 2 + " hex digits): " + keyFile, null);
        }
        if (posix() && !Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY)) {
            // Someone loosened it; the key is only as safe as its file, so put it back.
            Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
            LoggerFactory.getLogger(DatabaseKey.class).warn("Key file {} was readable by others; now owner-only", keyFile);
        }
        return new DatabaseKey(text);
    }

    private static DatabaseKey create(Path keyFile) throws IOException {
        Path dir = keyFile.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
            }
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String hex = HexFormat.of().formatHex(key);
        Path temp = Files.createTempFile(dir, ".loket-key", ".part");
        try {
            if (posix()) {
                Files.setPosixFilePermissions(temp, OWNER_ONLY);
            }
            Files.writeString(temp, hex + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        LoggerFactory.getLogger(DatabaseKey.class).info("New database key made: {}", keyFile);
        return new DatabaseKey(hex);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * The database password of the LAN user: the LAN password bound to this key (HMAC-SHA256), so a
     * PC must hold both a copy of the key file and the LAN password to connect to the office server.
     */
    String lanCredential(String lanPassword) {
        return hmac(lanPassword);
    }

    /**
     * The password of the database's owner (its only admin account), used on the PC that holds the file
     * and never sent over the LAN: the LAN gate lets no one but the LAN user through. Derived from the
     * key rather than stored, so a restored backup opens on a new PC with the saved key file alone. The
     * label keeps it apart from every LAN credential (a LAN password is typed, never this label).
     */
    String ownerSecret() {
        return hmac("\u0000loket-database-owner-v1");
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(hex), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }

    char[] fileKey() {
        return hex.toCharArray();
    }

    /**
     * The key of the kept printouts ({@link DocumentFolder}): HKDF-Expand (RFC 5869, SHA-256) of this
     * key with the purpose label {@value #DOCUMENTS_PURPOSE}. The key file's 32 random bytes are already
     * a uniform secret, so they serve as HKDF's pseudorandom key without an extract step. A key of its
     * own per purpose means an AES-GCM key never doubles as the database's XTS key or the LAN password's
     * HMAC key; the label's version lets a later format derive a fresh key.
     */
    byte[] documentKey() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(hex), "HmacSHA256"));
            mac.update(DOCUMENTS_PURPOSE.getBytes(StandardCharsets.US_ASCII));
            // HKDF's block counter: one 32-byte block is the whole output.
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
