package id.loket.storage.crypt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a kept printout (a ticket or receipt PDF) for the disk: AES-256-GCM from the JDK, a fresh
 * random 96-bit nonce per file. NIST SP 800-38D allows 2^32 random nonces under one key; an office
 * makes a few hundred printouts a day, so a nonce is never met twice in practice.
 *
 * <p>Layout: {@code LOKETDOC} (8 bytes), the format version (1 byte), the nonce (12 bytes), then the
 * ciphertext with GCM's 128-bit tag. The header and the document's name are authenticated with it, so
 * a changed byte, a file moved under another name (one resident's receipt put in place of another's)
 * or a file sealed under another key is refused rather than printed.
 */
public final class DocumentCipher {

    private static final byte[] MAGIC = "LOKETDOC".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param key 32 bytes, derived for this purpose only (never the database's own key) */
    public DocumentCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a document key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Whether {@code content} starts like a sealed document (says nothing about whether it opens). */
    public static boolean isSealed(byte[] content) {
        return content.length >= MAGIC.length && Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Seals {@code plain} as the document called {@code name} (its place in the folder). */
    public byte[] seal(byte[] plain, String name) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put(VERSION).put(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.updateAAD(header.array());
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = Arrays.copyOf(header.array(), HEADER_BYTES + cipher.getOutputSize(plain.length));
            cipher.doFinal(plain, 0, plain.length, sealed, HEADER_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot do AES-GCM", e);
        }
    }

    /**
     * The plain document, when {@code sealed} is a document called {@code name} sealed under this key
     * and unchanged since.
     *
     * @throws GeneralSecurityException when it is not a sealed document of a known version, was changed,
     *                                  sealed under another name or under another key
     */
    public byte[] open(byte[] sealed, String name) throws GeneralSecurityException {
        if (!isSealed(sealed) || sealed.length < HEADER_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("not a sealed Loket document");
        }
        if (sealed[MAGIC.length] != VERSION) {
            throw new GeneralSecurityException("sealed document of unknown version " + sealed[MAGIC.length]);
        }
        byte[] nonce = Arrays.copyOfRange(sealed, MAGIC.length + 1, HEADER_BYTES);
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
        cipher.updateAAD(sealed, 0, HEADER_BYTES);
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }
}
