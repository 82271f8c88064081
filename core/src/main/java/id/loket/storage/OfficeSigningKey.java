package id.loket.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.LoggerFactory;

/**
 * The office's Ed25519 key pair that signs its daily files, so the kecamatan can tell a file this office
 * made from one someone edited. Made once, at the first start, and kept BESIDE the database key
 * ({@code <key file>.office-signing}, owner-only), never in the data folder: a copy of the data folder or
 * a backup must not be able to sign in the office's name. The public half is exported with
 * {@code loket export office-key}.
 */
public final class OfficeSigningKey {

    private static final String ALGORITHM = "Ed25519";
    private static final String SUFFIX = ".office-signing";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private OfficeSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Where the signing key of the database key {@code databaseKeyFile} is kept. */
    public static Path fileBeside(Path databaseKeyFile) {
        return databaseKeyFile.resolveSibling(databaseKeyFile.getFileName() + SUFFIX);
    }

    /** Reads the office's signing key, or makes it when there is none yet (the first start). */
    public static OfficeSigningKey loadOrCreate(Path databaseKeyFile) {
        Path file = fileBeside(databaseKeyFile);
        try {
            return Files.exists(file) ? read(file) : create(file);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new StorageException(StorageException.Reason.KEY_UNUSABLE,
                    "The office signing key cannot be read or made: " + file, e);
        }
    }

    /**
     * Reads a signing key that must already exist: a LAN counter signs with a copy of the server PC's key,
     * and a key of its own would make files the kecamatan does not know.
     */
    public static OfficeSigningKey loadExisting(Path databaseKeyFile) {
        Path file = fileBeside(databaseKeyFile);
        if (!Files.exists(file)) {
            throw new StorageException(StorageException.Reason.KEY_UNUSABLE,
                    "No office signing key at " + file + ": copy the server PC's file there", null);
        }
        return loadOrCreate(databaseKeyFile);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public byte[] sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot sign with Ed25519 (JDK 15 or newer is needed)", e);
        }
    }

    private static OfficeSigningKey read(Path file) throws IOException, GeneralSecurityException {
        String[] lines = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\n");
        if (lines.length != 2) {
            throw new IllegalArgumentException("expected two lines (private, public key)");
        }
        KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
        PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].strip())));
        PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].strip())));
        return new OfficeSigningKey(privateKey, publicKey);
    }

    private static OfficeSigningKey create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String text = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        Path temp = Files.createTempFile(dir, ".loket-signing", ".part");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        LoggerFactory.getLogger(OfficeSigningKey.class).info("New office signing key made: {}", file);
        return new OfficeSigningKey(pair.getPrivate(), pair.getPublic());
    }

    @Override
    public String toString() {
        return "OfficeSigningKey[hidden]";
    }
}
