package id.loket.storage;

import id.loket.storage.crypt.EncryptedFilePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.h2.tools.Restore;

/**
 * Puts a backup back in place of the database, with the database closed. Nothing is lost on the
 * way: the current database file is moved aside first (kept, named with the time), and put back if
 * the restored one cannot be opened with this PC's key.
 */
public final class DatabaseRestore {

    private static final String FILE = "loket.mv.db";
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};

    private DatabaseRestore() {
    }

    /** When the current database was last written, if there is one; used to warn before going back in time. */
    public static Optional<LocalDateTime> lastWritten(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.exists(file)
                    ? Optional.of(LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    java.time.ZoneId.systemDefault()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Restores {@code backup} into {@code dataDir}. The database must not be open (a running Loket
     * holds it: the caller checks by opening it first). Returns where the replaced database was kept.
     */
    public static Optional<Path> restore(Path backup, Path dataDir, DatabaseKey key, LocalDateTime now) {
        if (!Files.isRegularFile(backup)) {
            throw new UncheckedIOException(new IOException("No backup file at " + backup));
        }
        Path current = dataDir.resolve(FILE);
        Optional<Path> keptAside = Optional.empty();
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(current)) {
                Path aside = dataDir.resolve(FILE + ".before-restore-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .format(now));
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
                keptAside = Optional.of(aside);
            }
            restoreFile(backup, dataDir, key);
            // Prove the restored file opens with this PC's key before calling it done.
            Database.openEmbedded(dataDir, key).close();
            return keptAside;
        } catch (IOException | RuntimeException e) {
            putBack(current, keptAside);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("Cannot restore " + backup, (IOException) e);
        }
    }

    /**
     * Backups made since our own file encryption are encrypted as a whole; older ones are plain zips
     * of the (already encrypted) database file, copied back as they are.
     */
    private static void restoreFile(Path backup, Path dataDir, DatabaseKey key) throws IOException {
        if (!EncryptedFilePath.isEncrypted(backup)) {
            Restore.execute(backup.toString(), dataDir.toString(), "loket");
            return;
        }
        try (EncryptedFilePath.Key fileKey = EncryptedFilePath.register(key.fileKey())) {
            if (!fileKey.decryptsTo(backup, ZIP_HEADER)) {
                throw new StorageException(StorageException.Reason.BACKUP_FROM_ANOTHER_KEY,
                        "The backup " + backup + " was not made with this PC's key file", null);
            }
            // Decrypted on the way out of the zip and encrypted again on the way into the data folder.
            Restore.execute(fileKey.name(backup), fileKey.name(dataDir), "loket");
        }
    }

    private static void putBack(Path current, Optional<Path> keptAside) {
        if (keptAside.isEmpty()) {
            return;
        }
        try {
            Files.move(keptAside.get(), current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The restore failed AND the previous database could not be put back; it is "
                    + "kept as " + keptAside.get(), e);
        }
    }
}
