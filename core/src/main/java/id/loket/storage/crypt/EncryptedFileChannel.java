package id.loket.storage.crypt;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file encrypted sector by sector with {@link XtsAes}, in the layout of H2's own encrypted files:
 * a 4 KiB header ({@code "H2encrypt\n"} and an 8-byte random salt), then the sectors. A file whose
 * length is not whole sectors keeps its last sector whole and records the remainder as that many
 * bytes after it. The AES key is derived from the password and the salt the way H2 does (PBKDF2
 * with SHA-256, 10 rounds), so H2's {@code CIPHER=AES} and this class read each other's files.
 */
final class EncryptedFileChannel extends FileBaseDefault {

    static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    static final int HEADER_LENGTH = XtsAes.SECTOR;
    private static final int SECTOR = XtsAes.SECTOR;
    private static final long SECTOR_MASK = SECTOR - 1;
    private static final int SALT_LENGTH = 8;
    private static final int KEY_ROUNDS = 10;
    private static final int KEY_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final FileChannel base;
    /** Cleared as soon as the key is made. Guarded by this. */
    private byte[] password;
    private volatile XtsAes xts;
    /** The length of the plain content. */
    private volatile long size;

    EncryptedFileChannel(String name, byte[] password, FileChannel base) {
        // Nothing is read or written yet: the caller may want to lock the file first.
        this.name = name;
        this.password = password.clone();
        this.base = base;
    }

    /** The plain length of an encrypted file whose stored length is {@code stored}. */
    static long plainSize(long stored) {
        long sectors = stored - HEADER_LENGTH;
        if (sectors <= 0) {
            return 0;
        }
        return (sectors & SECTOR_MASK) == 0 ? sectors : sectors - SECTOR;
    }

    private XtsAes xts() throws IOException {
        XtsAes ready = xts;
        return ready != null ? ready : start();
    }

    private synchronized XtsAes start() throws IOException {
        if (xts != null) {
            return xts;
        }
        byte[] salt = new byte[SALT_LENGTH];
        if (base.size() >= HEADER_LENGTH) {
            byte[] magic = new byte[MAGIC.length];
            readFully(base, 0, ByteBuffer.wrap(magic));
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(name + " is not an encrypted file (it has no H2encrypt header)");
            }
            readFully(base, MAGIC.length, ByteBuffer.wrap(salt));
            size = plainSize(base.size());
        } else {
            // New, or a header torn by a crash before anything else was written: start afresh.
            RANDOM.nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
            size = 0;
        }
        xts = new XtsAes(SHA256.getPBKDF2(password, salt, KEY_ROUNDS, KEY_LENGTH));
        Arrays.fill(password, (byte) 0);
        password = null;
        return xts;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        if (dst.remaining() == 0) {
            return 0;
        }
        XtsAes cipher = xts();
        long length = size;
        if (position >= length) {
            return -1;
        }
        int count = (int) Math.min(dst.remaining(), length - position);
        long first = position & ~SECTOR_MASK;
        int skip = (int) (position - first);
        byte[] sectors = new byte[wholeSectors(skip + count)];
        readFully(base, HEADER_LENGTH + first, ByteBuffer.wrap(sectors));
        cipher.decrypt(first / SECTOR, sectors, 0, sectors.length);
        dst.put(sectors, skip, count);
        return count;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        XtsAes cipher = xts();
        int count = src.remaining();
        long first = position & ~SECTOR_MASK;
        int skip = (int) (position - first);
        long storedEnd = (size + SECTOR_MASK) & ~SECTOR_MASK;
        if (first > storedEnd) {
            writeZeros(cipher, storedEnd, first);
        }
        byte[] sectors = new byte[wholeSectors(skip + count)];
        if (skip != 0 || sectors.length != count) {
            // Part of a sector: keep what the rest of it already holds.
            int present = (int) Math.max(0, Math.min(sectors.length, storedEnd - first));
            if (present > 0) {
                readFully(base, HEADER_LENGTH + first, ByteBuffer.wrap(sectors, 0, present));
                cipher.decrypt(first / SECTOR, sectors, 0, present);
                // What a truncate cut off may still be there; a plain file would read zeros.
                int contentEnd = (int) Math.max(0, size - first);
                if (contentEnd < present) {
                    Arrays.fill(sectors, contentEnd, present, (byte) 0);
                }
            }
        }
        src.get(sectors, skip, count);
        cipher.encrypt(first / SECTOR, sectors, 0, sectors.length);
        writeFully(base, HEADER_LENGTH + first, ByteBuffer.wrap(sectors));
        long end = position + count;
        if (end > size) {
            size = end;
            int remainder = (int) (end & SECTOR_MASK);
            if (remainder > 0) {
                writeFully(base, HEADER_LENGTH + first + sectors.length, ByteBuffer.allocate(remainder));
            } else if (base.size() > HEADER_LENGTH + end) {
                // Whole sectors now: the remainder recorded for the old length must go.
                base.truncate(HEADER_LENGTH + end);
            }
        }
        return count;
    }

    /** Fills the sectors from {@code from} to {@code to} with encrypted zeros: a hole reads as zeros. */
    private void writeZeros(XtsAes cipher, long from, long to) throws IOException {
        for (long at = from; at < to; ) {
            byte[] zeros = new byte[(int) Math.min(to - at, 16L * SECTOR)];
            cipher.encrypt(at / SECTOR, zeros, 0, zeros.length);
            writeFully(base, HEADER_LENGTH + at, ByteBuffer.wrap(zeros));
            at += zeros.length;
        }
    }

    @Override
    public long size() throws IOException {
        xts();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        xts();
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        if (newSize >= size) {
            return;
        }
        long remainder = newSize & SECTOR_MASK;
        base.truncate(HEADER_LENGTH + newSize + (remainder > 0 ? SECTOR : 0));
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private static int wholeSectors(long bytes) {
        return Math.toIntExact((bytes + SECTOR_MASK) & ~SECTOR_MASK);
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        long at = position;
        while (dst.hasRemaining()) {
            int read = file.read(dst, at);
            if (read < 0) {
                throw new EOFException("encrypted file ends before position " + (at + dst.remaining()));
            }
            at += read;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        long at = position;
        while (src.hasRemaining()) {
            at += file.write(src, at);
        }
    }
}
