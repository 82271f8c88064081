package id.loket.storage;

import id.loket.storage.crypt.EncryptedFilePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back in place of the database, with the database closed, so that a kill or a power
 * cut at any moment leaves either the old database or the new one under {@code loket.mv.db}, never
 * none and never half of one:
 * <ol>
 * <li>the backup is unpacked into a work folder inside the data folder (same file system, so the
 * final rename is atomic);</li>
 * <li>it is opened there and must prove to be a Loket database of this office that someone can run
 * (schema, an active supervisor, the office's kelurahan); otherwise it is refused and the live
 * database is not touched;</li>
 * <li>it is forced to disk;</li>
 * <li>the live database gets a second name, {@code loket.mv.db.before-restore-<time>} (a hard link,
 * or a copy where links are not supported), before it is replaced, so it is kept;</li>
 * <li>one atomic rename puts the restored file under the live name, and the folder is forced to disk.</li>
 * </ol>
 * A work folder or a before-restore name left by a killed restore is removed by the next restore;
 * a start opens only {@code loket.mv.db} and never looks at them.
 */
public final class DatabaseRestore {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRestore.class);
    private static final String FILE = "loket.mv.db";
    /** Work folders of restores under way (or killed): inside the data folder, ours to remove. */
    static final String WORK_FOLDER_PREFIX = "restore-in-progress-";
    static final String KEPT_PREFIX = FILE + ".before-restore-";
    /** A copy of the replaced database while it is being written; renamed to its kept name when whole. */
    private static final String PART_SUFFIX = ".part";
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Windows cannot open a folder to force it to disk; NTFS journals the rename itself. */
    private static final boolean FOLDERS_CAN_BE_FORCED = !System.getProperty("os.name", "").startsWith("Windows");

    private DatabaseRestore() {
    }

    /** When the current database was last written, if there is one; used to warn before going back in time. */
    public static Optional<LocalDateTime> lastWritten(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.exists(file)
                    ? Optional.of(LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    ZoneId.systemDefault()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Restores {@code backup} into {@code dataDir} when it is a Loket database of the office
     * {@code officeCode} (a kelurahan code such as {@code 64.71.05.1006}) with an active supervisor;
     * otherwise throws a {@link StorageException} naming the check that failed, the live database
     * untouched. The database must not be open (a running Loket holds it: the caller checks by
     * opening it first). Returns where the replaced database was kept.
     */
    public static Optional<Path> restore(Path backup, Path dataDir, DatabaseKey key, String officeCode,
                                         LocalDateTime now) {
        if (!Files.isRegularFile(backup)) {
            throw new UncheckedIOException(new IOException("No backup file at " + backup));
        }
        try {
            Files.createDirectories(dataDir);
            removeLeftovers(dataDir);
            Path work = Files.createTempDirectory(dataDir, WORK_FOLDER_PREFIX);
            Optional<Path> kept;
            try {
                Path restored = work.resolve(FILE);
                LOG.info("Restore: unpacking {} into {}", backup, work);
                unpack(backup, restored, key);
                LOG.info("Restore: unpacked; checking it is a Loket database of kelurahan {}", officeCode);
                requireDatabaseOfThisOffice(work, key, officeCode);
                forceToDisk(restored);
                LOG.info("Restore: checked and on disk; keeping the current database");
                kept = keepCurrent(dataDir, now);
                LOG.info("Restore: current database kept as {}; switching", kept.map(Path::toString).orElse("(none)"));
                // The switch: one rename, atomic on the same file system; before it the old database
                // is under the live name, after it the new one.
                Files.move(restored, dataDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
                forceToDisk(dataDir);
            } catch (IOException | RuntimeException e) {
                removeAfterFailure(work, e);
                throw e;
            }
            removeAfterSuccess(work);
            LOG.info("Restored {} into {}; the previous database is kept as {}", backup, dataDir,
                    kept.map(Path::toString).orElse("(there was none)"));
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + backup, e);
        }
    }

    /**
     * Backups made since our own file encryption are encrypted as a whole (decrypted on the way out
     * of the zip, encrypted again on the way into the work folder); older ones are plain zips of the
     * (already encrypted) database file, copied out as they are. Only the zip's {@code loket.mv.db}
     * is taken, under a name of our choosing, so no entry name can write anywhere else.
     */
    private static void unpack(Path backup, Path restored, DatabaseKey key) throws IOException {
        if (!EncryptedFilePath.isEncrypted(backup)) {
            try (InputStream in = Files.newInputStream(backup);
                 OutputStream out = Files.newOutputStream(restored, StandardOpenOption.CREATE_NEW)) {
                copyDatabaseEntry(in, out, backup);
            }
            return;
        }
        try (EncryptedFilePath.Key fileKey = EncryptedFilePath.register(key.fileKey())) {
            requireReadableWith(fileKey, backup);
            try (InputStream in = fileKey.openForReading(backup); OutputStream out = fileKey.openForWriting(restored)) {
                copyDatabaseEntry(in, out, backup);
            }
        }
    }

    /** An encrypted zip starts with a zip header under the right key; a file cut inside its first sector has none. */
    private static void requireReadableWith(EncryptedFilePath.Key fileKey, Path backup) {
        try {
            if (fileKey.plainSize(backup) < ZIP_HEADER.length) {
                throw new StorageException(StorageException.Reason.BACKUP_DAMAGED,
                        "The backup " + backup + " is cut short: it ends inside its first sector", null);
            }
            if (!fileKey.decryptsTo(backup, ZIP_HEADER)) {
                throw new StorageException(StorageException.Reason.BACKUP_FROM_ANOTHER_KEY,
                        "The backup " + backup + " was not made with this PC's key file", null);
            }
        } catch (IOException e) {
            throw damaged(backup, e);
        }
    }

    /**
     * Copies the zip entry {@code loket.mv.db} into {@code out}. A read that fails (the zip cut short,
     * a changed byte caught by the entry's checksum) is a damaged backup; a write that fails is this
     * PC's disk and stays an IOException.
     */
    private static void copyDatabaseEntry(InputStream in, OutputStream out, Path backup) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (isDatabaseEntry(entry.getName())) {
                    copy(zip, out, backup);
                    return;
                }
            }
        } catch (IOException e) {
            throw damaged(backup, e);
        }
        throw new StorageException(StorageException.Reason.NOT_A_LOKET_BACKUP,
                "The file " + backup + " holds no " + FILE, null);
    }

    private static boolean isDatabaseEntry(String name) {
        String plain = name.replace('\\', '/');
        return plain.equals(FILE) || plain.equals("/" + FILE);
    }

    private static void copy(ZipInputStream zip, OutputStream out, Path backup) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            int read;
            try {
                read = zip.read(buffer);
            } catch (IOException e) {
                throw damaged(backup, e);
            }
            if (read < 0) {
                return;
            }
            out.write(buffer, 0, read);
        }
    }

    private static StorageException damaged(Path backup, IOException cause) {
        return new StorageException(StorageException.Reason.BACKUP_DAMAGED,
                "The backup " + backup + " cannot be read to the end: " + cause.getMessage(), cause);
    }

    /**
     * Opens the unpacked database in its work folder (which migrates it, as any start would) and
     * refuses it unless it is Loket's, has an active supervisor and belongs to {@code officeCode}.
     */
    private static void requireDatabaseOfThisOffice(Path work, DatabaseKey key, String officeCode) {
        try (Database restored = Database.openRestored(work, key)) {
            DatabaseOwner owner = new DatabaseOwner(new Jdbc(restored.dataSource()));
            if (owner.activeSupervisors() == 0) {
                throw new StorageException(StorageException.Reason.BACKUP_WITHOUT_SUPERVISOR,
                        "The backup has no active supervisor account", null);
            }
            Optional<String> office = owner.officeCode();
            if (office.isEmpty()) {
                throw new StorageException(StorageException.Reason.BACKUP_NAMES_NO_OFFICE,
                        "The backup names no office (no office row, no RT list)", null, List.of(officeCode));
            }
            if (!office.get().equals(officeCode)) {
                throw new StorageException(StorageException.Reason.BACKUP_OF_ANOTHER_OFFICE,
                        "The backup belongs to kelurahan " + office.get() + ", this office is " + officeCode, null,
                        List.of(office.get(), officeCode));
            }
        } catch (StorageException e) {
            throw asRefusal(e);
        }
    }

    /** What opening the unpacked file found, said of the backup rather than of the live database. */
    private static StorageException asRefusal(StorageException e) {
        return switch (e.reason()) {
            // An old-style zip from another PC: the file inside is encrypted with that PC's key.
            case WRONG_KEY -> new StorageException(StorageException.Reason.BACKUP_FROM_ANOTHER_KEY,
                    "The database in the backup was encrypted with another key file", e);
            // H2 cannot read the file, or its schema cannot be brought up to date: unusable as it is.
            case FAILED, MIGRATION_FAILED -> new StorageException(StorageException.Reason.BACKUP_DAMAGED,
                    "The database in the backup cannot be opened: " + e.getMessage(), e);
            default -> e;
        };
    }

    /**
     * Gives the live database its kept name before it is replaced, so that at no moment is there no
     * {@code loket.mv.db}: a hard link costs nothing; a copy (forced to disk, then renamed) where the
     * file system has no links.
     */
    private static Optional<Path> keepCurrent(Path dataDir, LocalDateTime now) throws IOException {
        Path live = dataDir.resolve(FILE);
        if (!Files.exists(live)) {
            return Optional.empty();
        }
        Path kept = freeName(dataDir, KEPT_PREFIX + STAMP.format(now));
        try {
            Files.createLink(kept, live);
        } catch (UnsupportedOperationException | FileSystemException e) {
            LOG.info("No hard link possible in {} ({}); the replaced database is copied", dataDir, e.toString());
            Path part = kept.resolveSibling(kept.getFileName() + PART_SUFFIX);
            Files.copy(live, part, StandardCopyOption.REPLACE_EXISTING);
            forceToDisk(part);
            Files.move(part, kept, StandardCopyOption.ATOMIC_MOVE);
        }
        forceToDisk(dataDir);
        return Optional.of(kept);
    }

    private static Path freeName(Path dataDir, String name) {
        Path candidate = dataDir.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dataDir.resolve(name + "-" + n);
        }
        return candidate;
    }

    /**
     * What a killed restore left: its work folder, a half-made copy, and a kept name that is still the
     * live file itself (made just before the switch, which never came). A kept name that is a
     * different file is a real earlier database and stays.
     */
    static void removeLeftovers(Path dataDir) throws IOException {
        Path live = dataDir.resolve(FILE);
        List<Path> entries;
        try (Stream<Path> listed = Files.list(dataDir)) {
            entries = listed.toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(WORK_FOLDER_PREFIX) && Files.isDirectory(entry)) {
                LOG.info("Removing {}, left by a restore that did not finish", entry);
                deleteTree(entry);
            } else if (name.startsWith(KEPT_PREFIX) && name.endsWith(PART_SUFFIX)) {
                LOG.info("Removing {}, a copy left unfinished by a restore that did not finish", entry);
                Files.delete(entry);
            } else if (name.startsWith(KEPT_PREFIX) && Files.exists(live) && Files.isSameFile(entry, live)) {
                LOG.info("Removing the name {}: it is the live database, named by a restore that did not finish", entry);
                Files.delete(entry);
            }
        }
    }

    private static void removeAfterFailure(Path work, Exception failure) {
        try {
            deleteTree(work);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void removeAfterSuccess(Path work) {
        try {
            deleteTree(work);
        } catch (IOException e) {
            // The restore itself is done and on disk; the next restore removes the folder.
            LOG.warn("Could not remove the work folder {} after the restore; the next restore removes it", work, e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        List<Path> inside;
        try (Stream<Path> walk = Files.walk(folder)) {
            inside = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : inside) {
            Files.deleteIfExists(path);
        }
    }

    /** Forces a file's bytes, or a folder's entries (a rename, a new name), to the disk. */
    private static void forceToDisk(Path path) throws IOException {
        boolean folder = Files.isDirectory(path);
        if (folder && !FOLDERS_CAN_BE_FORCED) {
            return;
        }
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
