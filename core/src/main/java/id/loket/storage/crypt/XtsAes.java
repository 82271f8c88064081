package id.loket.storage.crypt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in XTS mode over 4 KiB sectors, laid out exactly as H2's own {@code CIPHER=AES} file
 * encryption does it: one AES-128 key for both the data and the tweak, the tweak of a sector being
 * the AES of its number (little-endian), multiplied by x in GF(2^128) from one 16-byte block to the
 * next. A file written by either can be read by the other.
 *
 * <p>Why our own: H2 runs AES in pure Java, a block at a time, which took a third of a city's RT
 * list import. Here each sector goes through the JDK's AES in one call, which uses the processor's
 * AES instructions.
 */
final class XtsAes {

    static final int SECTOR = 4096;
    private static final int BLOCK = 16;
    private static final int GF_128_FEEDBACK = 0x87;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final Cipher encryptBlocks;
    private final Cipher decryptBlocks;
    /** The 256 tweaks of the sector being worked on, then the cipher's output. Guarded by this. */
    private final byte[] tweaks = new byte[SECTOR];
    private final byte[] scratch = new byte[SECTOR];

    /** @param key the 16-byte AES key */
    XtsAes(byte[] key) {
        if (key.length != BLOCK) {
            throw new IllegalArgumentException("an AES-128 key has 16 bytes, not " + key.length);
        }
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        try {
            encryptBlocks = Cipher.getInstance("AES/ECB/NoPadding");
            encryptBlocks.init(Cipher.ENCRYPT_MODE, spec);
            decryptBlocks = Cipher.getInstance("AES/ECB/NoPadding");
            decryptBlocks.init(Cipher.DECRYPT_MODE, spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no AES", e);
        }
    }

    /** Encrypts whole sectors in place; {@code firstSector} numbers the first of them. */
    synchronized void encrypt(long firstSector, byte[] data, int offset, int length) {
        crypt(encryptBlocks, firstSector, data, offset, length);
    }

    /** Decrypts whole sectors in place; {@code firstSector} numbers the first of them. */
    synchronized void decrypt(long firstSector, byte[] data, int offset, int length) {
        crypt(decryptBlocks, firstSector, data, offset, length);
    }

    private void crypt(Cipher blocks, long firstSector, byte[] data, int offset, int length) {
        if (length % SECTOR != 0) {
            throw new IllegalArgumentException("not whole sectors: " + length + " bytes");
        }
        try {
            for (int done = 0; done < length; done += SECTOR) {
                fillTweaks(firstSector + done / SECTOR);
                int at = offset + done;
                xorTweaks(data, at);
                blocks.doFinal(data, at, SECTOR, scratch, 0);
                System.arraycopy(scratch, 0, data, at, SECTOR);
                xorTweaks(data, at);
            }
        } catch (GeneralSecurityException e) {
            // ECB without padding over whole blocks into a buffer of the same size cannot fail.
            throw new IllegalStateException("AES refused a whole sector", e);
        }
    }

    private void fillTweaks(long sector) throws ShortBufferException, GeneralSecurityException {
        LONGS.set(scratch, 0, sector);
        LONGS.set(scratch, 8, 0L);
        encryptBlocks.doFinal(scratch, 0, BLOCK, scratch, 0);
        long low = (long) LONGS.get(scratch, 0);
        long high = (long) LONGS.get(scratch, 8);
        for (int at = 0; at < SECTOR; at += BLOCK) {
            LONGS.set(tweaks, at, low);
            LONGS.set(tweaks, at + 8, high);
            // Multiply by x: shift the 128-bit little-endian number left, folding the carry back in.
            long carry = high >>> 63;
            high = (high << 1) | (low >>> 63);
            low = (low << 1) ^ (carry * GF_128_FEEDBACK);
        }
    }

    private void xorTweaks(byte[] data, int at) {
        for (int i = 0; i < SECTOR; i += 8) {
            LONGS.set(data, at + i, (long) LONGS.get(data, at + i) ^ (long) LONGS.get(tweaks, i));
        }
    }
}
