package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.account.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file and its backups under our own file encryption, and the files that earlier
 * versions of Loket left behind (encrypted by H2's {@code CIPHER=AES}) still opening and restoring.
 */
class EncryptedBackupTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 4, 17, 30);
    private static final String OFFICE = "64.71.05.1006";

    @TempDir
    Path temp;
    private Path dir;
    private DatabaseKey key;

    @BeforeEach
    void folders() {
        dir = temp.resolve("data");
        key = DatabaseKey.loadOrCreate(temp.resolve("keys/loket.key"));
    }

    @Test
    void aDatabaseThatH2EncryptedForAnEarlierLoketOpensWithItsData() throws SQLException {
        makeTheOldWay("Kelurahan Lama");
        try (Database database = Database.openEmbedded(dir, key)) {
            assertThat(officeName(database)).isEqualTo("Kelurahan Lama");
        }
    }

    @Test
    void aBackupIsEncryptedAsAWholeAndRestoresWithTheKey() throws IOException {
        BackupStore.Backup backup;
        try (Database database = Database.openEmbedded(dir, key)) {
            saveOffice(database, "Kelurahan Rahasia");
            backup = new BackupStore(new Jdbc(database.dataSource()), temp.resolve("backups")).backup(NOW);
        }
        String stored = new String(Files.readAllBytes(backup.file()), StandardCharsets.ISO_8859_1);
        assertThat(stored).startsWith("H2encrypt\n").doesNotContain("Rahasia").doesNotContain("loket.mv.db");

        DatabaseRestore.restore(backup.file(), dir, key, OFFICE, NOW.plusHours(1));
        try (Database restored = Database.openEmbedded(dir, key)) {
            assertThat(officeName(restored)).isEqualTo("Kelurahan Rahasia");
        }
    }

    @Test
    void aBackupFromAnotherKeyIsRefusedAndTheDatabaseStays() throws IOException {
        DatabaseKey otherKey = DatabaseKey.loadOrCreate(temp.resolve("other/loket.key"));
        BackupStore.Backup foreign;
        try (Database other = Database.openEmbedded(temp.resolve("other-data"), otherKey)) {
            saveOffice(other, "Kelurahan Lain");
            foreign = new BackupStore(new Jdbc(other.dataSource()), temp.resolve("other-backups")).backup(NOW);
        }
        try (Database mine = Database.openEmbedded(dir, key)) {
            saveOffice(mine, "Kelurahan Saya");
        }
        assertThatThrownBy(() -> DatabaseRestore.restore(foreign.file(), dir, key, OFFICE, NOW))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.BACKUP_FROM_ANOTHER_KEY));
        try (Database mine = Database.openEmbedded(dir, key)) {
            assertThat(officeName(mine)).isEqualTo("Kelurahan Saya");
        }
    }

    @Test
    void aBackupFromAnEarlierLoketStillRestores() throws Exception {
        makeTheOldWay("Kelurahan Lama");
        // Earlier versions zipped the database file as H2 had encrypted it.
        Path oldBackup = temp.resolve("loket-backup-2026-06-01T170000.zip");
        try (OutputStream out = Files.newOutputStream(oldBackup); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("loket.mv.db"));
            zip.write(Files.readAllBytes(dir.resolve("loket.mv.db")));
            zip.closeEntry();
        }
        Files.delete(dir.resolve("loket.mv.db"));
        DatabaseRestore.restore(oldBackup, dir, key, OFFICE, NOW);
        try (Database restored = Database.openEmbedded(dir, key)) {
            assertThat(officeName(restored)).isEqualTo("Kelurahan Lama");
        }
    }

    /** A database as Loket made it before its own file encryption: H2's cipher, the key as file password. */
    private void makeTheOldWay(String officeName) throws SQLException {
        try (Database plain = Database.open("jdbc:h2:file:" + dir.resolve("loket").toAbsolutePath())) {
            saveOffice(plain, officeName);
        }
        // H2's own cipher rewrites the whole file, as CIPHER=AES did for every earlier Loket.
        ChangeFileEncryption.execute(dir.toString(), "loket", "AES", null, key.fileKey(), true);
        assertThat(dir.resolve("loket.mv.db")).content(StandardCharsets.ISO_8859_1).startsWith("H2encrypt\n")
                .doesNotContain(officeName);
    }

    /** An office as a restore accepts it: its kelurahan and a supervisor who can run it. */
    private static void saveOffice(Database database, String name) {
        Jdbc jdbc = new Jdbc(database.dataSource());
        new OfficeRepository(jdbc).save(new OfficeRepository.OfficeRow(OFFICE, name, "Jl. X", false));
        new AgentRepository(jdbc).insert("lurah", "Lurah", Role.SUPERVISOR, "not-a-real-hash", false);
    }

    private static String officeName(Database database) {
        return new OfficeRepository(new Jdbc(database.dataSource())).find().orElseThrow().name();
    }
}
