package id.loket.storage.crypt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system for Loket's encrypted files: {@code loketaes:<handle>:/path/to/file}. The handle
 * names a key {@linkplain #register registered} in this process, so that no key ever appears in a
 * file name, a JDBC URL or an error message. H2 opens every file of a database through the same
 * prefix, so its temporary files are encrypted too; only the lock file and the trace log (which H2
 * leaves unencrypted under {@code CIPHER=AES} as well) pass through as they are.
 */
public final class EncryptedFilePath extends FilePathWrapper {

    static final String SCHEME = "loketaes";
    private static final String[] PLAIN_SUFFIXES = {".lock.db", ".trace.db"};
    private static final Map<String, Registered> KEYS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        FilePath.register(new EncryptedFilePath());
    }

    /** For H2, which makes one instance per path by reflection; use {@link #register}. */
    public EncryptedFilePath() {
    }

    /**
     * Makes a key known to H2 until the returned handle is closed. The same key registered again
     * gets the same handle (counted, forgotten when the last is closed), so that two opens of one
     * database in this process name it alike and H2 shares it rather than finding it locked.
     *
     * @param filePassword the file password, as H2's {@code CIPHER=AES} takes it in the JDBC password
     */
    public static Key register(char[] filePassword) {
        byte[] password = passwordBytes(filePassword);
        synchronized (KEYS) {
            for (Map.Entry<String, Registered> known : KEYS.entrySet()) {
                if (Arrays.equals(known.getValue().password, password)) {
                    known.getValue().users++;
                    return new Key(known.getKey());
                }
            }
            byte[] handleBytes = new byte[8];
            RANDOM.nextBytes(handleBytes);
            String handle = HexFormat.of().formatHex(handleBytes);
            KEYS.put(handle, new Registered(password));
            return new Key(handle);
        }
    }

    /** A registered key and how many open {@link Key}s use it; guarded by {@code KEYS}. */
    private static final class Registered {
        final byte[] password;
        int users = 1;

        Registered(byte[] password) {
            this.password = password;
        }
    }

    private static void release(String handle) {
        synchronized (KEYS) {
            Registered registered = KEYS.get(handle);
            if (registered != null && --registered.users == 0) {
                KEYS.remove(handle);
                Arrays.fill(registered.password, (byte) 0);
            }
        }
    }

    /**
     * The bytes H2 derives its file key from. H2 encodes each character of the file password as two
     * bytes and decodes them again keeping only the low byte ({@code Store.decodePassword}), so a
     * character {@code c} becomes the pair {@code 0, c & 0xff}; the same here keeps the files readable
     * by H2's own cipher and ours alike.
     */
    static byte[] passwordBytes(char[] filePassword) {
        byte[] bytes = new byte[filePassword.length * 2];
        for (int i = 0; i < filePassword.length; i++) {
            bytes[2 * i + 1] = (byte) filePassword[i];
        }
        return bytes;
    }

    /**
     * The H2 name for {@code file} encrypted with the same key as the database at {@code databasePath}
     * (as H2's {@code DATABASE_PATH()} gives it, on this PC or on the office server); the plain path
     * when that database is not one of ours.
     */
    public static String nameWithKeyOf(String databasePath, Path file) {
        if (!databasePath.startsWith(SCHEME + ":")) {
            return file.toAbsolutePath().toString();
        }
        return name(handle(databasePath), file);
    }

    /** True when {@code file} starts as our (and H2's) encrypted files do; it says nothing of the key. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(EncryptedFileChannel.MAGIC.length), EncryptedFileChannel.MAGIC);
        }
    }

    private static String name(String handle, Path file) {
        return SCHEME + ":" + handle + ":" + file.toAbsolutePath();
    }

    /** A registered key: names files for H2 and, when closed, is forgotten. */
    public static final class Key implements AutoCloseable {

        private final String handle;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Key(String handle) {
            this.handle = handle;
        }

        /** The H2 name of {@code file} encrypted with this key, e.g. for a JDBC URL or {@code BACKUP TO}. */
        public String name(Path file) {
            return EncryptedFilePath.name(handle, file);
        }

        /** Opens {@code file} for reading through this key, as one stream of plain bytes. */
        public InputStream openForReading(Path file) throws IOException {
            return FilePath.get(name(file)).newInputStream();
        }

        /** Creates (or empties) {@code file} and writes plain bytes into it, encrypted with this key. */
        public OutputStream openForWriting(Path file) throws IOException {
            return FilePath.get(name(file)).newOutputStream(false);
        }

        /** How many plain bytes the encrypted {@code file} holds, read off its length. */
        public long plainSize(Path file) {
            return FilePath.get(name(file)).size();
        }

        /** True when {@code file} is encrypted and this key decrypts its first sector to {@code expected}. */
        public boolean decryptsTo(Path file, byte[] expected) throws IOException {
            try (InputStream in = openForReading(file)) {
                return Arrays.equals(in.readNBytes(expected.length), expected);
            }
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                release(handle);
            }
        }

        @Override
        public String toString() {
            return "EncryptedFilePath.Key[" + handle + "]";
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return SCHEME + ":" + handle(name) + ":";
    }

    @Override
    protected FilePath unwrap(String path) {
        return FilePath.get(basePath(path));
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = getBase().open(mode);
        if (passesThrough()) {
            return channel;
        }
        byte[] password;
        synchronized (KEYS) {
            Registered registered = KEYS.get(handle(name));
            password = registered == null ? null : registered.password.clone();
        }
        if (password == null) {
            channel.close();
            throw new IOException("No key is registered for " + getBase() + " (the database was closed)");
        }
        return new EncryptedFileChannel(getBase().toString(), password, channel);
    }

    @Override
    public long size() {
        return passesThrough() ? getBase().size() : EncryptedFileChannel.plainSize(getBase().size());
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return passesThrough() ? getBase().newOutputStream(append) : newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return passesThrough() ? getBase().newInputStream() : Channels.newInputStream(open("r"));
    }

    private boolean passesThrough() {
        for (String suffix : PLAIN_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String handle(String path) {
        int start = SCHEME.length() + 1;
        int end = path.indexOf(':', start);
        if (!path.startsWith(SCHEME + ":") || end < 0) {
            throw new IllegalArgumentException("not a " + SCHEME + " path: " + path);
        }
        return path.substring(start, end);
    }

    private static String basePath(String path) {
        return path.substring(path.indexOf(':', SCHEME.length() + 1) + 1);
    }
}
