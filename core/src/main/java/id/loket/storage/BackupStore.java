package id.loket.storage;

import id.loket.storage.crypt.EncryptedFilePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups of the database as H2 makes them: {@code BACKUP TO} copies the database file into a zip
 * while the database is in use, consistent to one moment. H2 reads the file through our encrypting
 * file system, so the zip is written through it too, with the database's key: a backup is as
 * unreadable without the key file as the database itself. Named by time
 * ({@code loket-backup-2026-06-04T1730.zip}) so that their order and age can be read off the name.
 */
public final class BackupStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    private static final Pattern NAME = Pattern.compile("loket-backup-(\\d{4}-\\d{2}-\\d{2}T\\d{6})\\.zip");

    private final Jdbc jdbc;
    private final Path dir;

    public BackupStore(Jdbc jdbc, Path dir) {
        this.jdbc = jdbc;
        this.dir = dir;
    }

    public record Backup(Path file, LocalDateTime madeAt) {
    }

    /** Writes a backup of the open database into {@code into} and returns it. */
    public Backup backup(Path into, LocalDateTime now) {
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + into, e);
        }
        Path file = into.resolve("loket-backup-" + STAMP.format(now) + ".zip").toAbsolutePath();
        String databasePath = jdbc.one("SELECT COALESCE(DATABASE_PATH(), '')", row -> row.getString(1)).orElse("");
        if (databasePath.isEmpty()) {
            throw new IllegalStateException("an in-memory database has no file to back up");
        }
        String target = EncryptedFilePath.nameWithKeyOf(databasePath, file);
        // BACKUP TO takes a literal, not a parameter: the path is ours, quotes doubled all the same.
        jdbc.update("BACKUP TO '" + target.replace("'", "''") + "'");
        return new Backup(file, now);
    }

    public Backup backup(LocalDateTime now) {
        return backup(dir, now);
    }

    /** The backups in the backup folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(BackupStore::parse).flatMap(Stream::ofNullable)
                    .sorted(Comparator.comparing(Backup::madeAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backup folder " + dir, e);
        }
    }

    public boolean hasBackupOf(LocalDate day) {
        return list().stream().anyMatch(b -> b.madeAt().toLocalDate().equals(day));
    }

    /** Removes the oldest backups beyond {@code keep}; returns how many were removed. */
    public int prune(int keep) {
        List<Backup> all = list();
        int removed = 0;
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                removed++;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the old backup " + old.file(), e);
            }
        }
        return removed;
    }

    /** When the backup was made, read from its name; null when the file is not one of ours. */
    static Backup parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? new Backup(file, LocalDateTime.parse(m.group(1), STAMP)) : null;
    }

    public static LocalDateTime madeAt(Path file) {
        Backup backup = parse(file);
        if (backup == null) {
            throw new IllegalArgumentException("not a Loket backup file name: " + file.getFileName());
        }
        return backup.madeAt();
    }
}
