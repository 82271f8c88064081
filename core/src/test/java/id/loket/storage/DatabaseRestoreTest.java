package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Role;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore takes only a Loket database of this office that a supervisor can run, and replaces the
 * live database in one rename: anything else is refused with its reason and leaves the live file
 * byte for byte as it was, with nothing left behind in the data folder.
 */
class DatabaseRestoreTest {

    private static final String OFFICE = "64.71.05.1006";
    private static final String OTHER_OFFICE = "64.72.09.1004";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 5, 8, 0);
    private static final int LIVE_HOUSEHOLDS = 12;
    private static final int BACKUP_HOUSEHOLDS = 7;

    @TempDir
    Path temp;
    private Path live;
    private DatabaseKey key;
    private byte[] liveBytes;

    @BeforeEach
    void anOfficeWithData() throws IOException {
        live = temp.resolve("data");
        try (AppContext app = TestApps.withDemoData(live, LIVE_HOUSEHOLDS)) {
            assertThat(app.reporting().progress().current().kelurahan().households()).isEqualTo(LIVE_HOUSEHOLDS);
        }
        key = DatabaseKey.loadOrCreate(TestApps.keyFile(live));
        liveBytes = Files.readAllBytes(live.resolve("loket.mv.db"));
    }

    @Test
    void aBackupOfThisOfficeReplacesTheDatabaseAndTheOldOneIsKept() throws IOException {
        Path backup = backupOf(office("source", BACKUP_HOUSEHOLDS));

        Optional<Path> kept = DatabaseRestore.restore(backup, live, key, OFFICE, NOW);

        assertThat(households(live)).isEqualTo(BACKUP_HOUSEHOLDS);
        assertThat(kept).hasValue(live.resolve("loket.mv.db.before-restore-20260605-080000"));
        assertThat(kept.get()).hasBinaryContent(liveBytes);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSecondRestoreInTheSameSecondKeepsBothReplacedDatabases() throws IOException {
        Path backup = backupOf(office("source", BACKUP_HOUSEHOLDS));

        Path first = DatabaseRestore.restore(backup, live, key, OFFICE, NOW).orElseThrow();
        Path second = DatabaseRestore.restore(backup, live, key, OFFICE, NOW).orElseThrow();

        assertThat(second).isNotEqualTo(first);
        assertThat(first).hasBinaryContent(liveBytes);
        assertThat(second).exists();
    }

    @Test
    void aBackupRestoresWhereThereIsNoDatabaseYet() throws IOException {
        Path backup = backupOf(office("source", BACKUP_HOUSEHOLDS));
        Path fresh = temp.resolve("new-pc");

        assertThat(DatabaseRestore.restore(backup, fresh, key, OFFICE, NOW)).isEmpty();

        assertThat(households(fresh)).isEqualTo(BACKUP_HOUSEHOLDS);
    }

    @Test
    void whatAKilledRestoreLeftIsRemovedByTheNextAndAnEarlierKeptDatabaseStays() throws IOException {
        Path backup = backupOf(office("source", BACKUP_HOUSEHOLDS));
        Path earlier = Files.write(live.resolve("loket.mv.db.before-restore-20260601-170000"), new byte[] {1, 2, 3});
        // As a kill leaves them: a half-unpacked work folder, a half-made copy, and the live file
        // already named as kept when the switch never came.
        Path work = Files.createDirectory(live.resolve(DatabaseRestore.WORK_FOLDER_PREFIX + "123"));
        Files.write(work.resolve("loket.mv.db"), Arrays.copyOf(liveBytes, 4096));
        Files.write(live.resolve("loket.mv.db.before-restore-20260604-120000.part"), new byte[100]);
        Path staleName = Files.createLink(live.resolve("loket.mv.db.before-restore-20260604-120000"),
                live.resolve("loket.mv.db"));

        Path kept = DatabaseRestore.restore(backup, live, key, OFFICE, NOW).orElseThrow();

        assertThat(work).doesNotExist();
        assertThat(staleName).doesNotExist();
        assertThat(live.resolve("loket.mv.db.before-restore-20260604-120000.part")).doesNotExist();
        assertThat(earlier).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(kept).hasBinaryContent(liveBytes);
        assertThat(households(live)).isEqualTo(BACKUP_HOUSEHOLDS);
    }

    @Test
    void anOldStyleZipWithAnEmptyDatabaseFileIsNotALoketBackup() throws IOException {
        assertRefused(oldStyleZip(new byte[0]), StorageException.Reason.NOT_A_LOKET_BACKUP);
    }

    @Test
    void anOldStyleZipWithAFourByteDatabaseFileIsNotALoketBackup() throws IOException {
        assertRefused(oldStyleZip(new byte[] {'j', 'u', 'n', 'k'}), StorageException.Reason.NOT_A_LOKET_BACKUP);
    }

    @Test
    void anOldStyleZipWithOnlyTheFourBytesThatStartAnH2FileIsDamaged() throws IOException {
        assertRefused(oldStyleZip(new byte[] {'H', ':', '2', ','}), StorageException.Reason.BACKUP_DAMAGED);
    }

    @Test
    void aZipOfRandomBytesIsNotALoketBackup() throws IOException {
        assertRefused(oldStyleZip(randomBytes(200_000)), StorageException.Reason.NOT_A_LOKET_BACKUP);
    }

    @Test
    void aRandomFileIsNotALoketBackup() throws IOException {
        Path random = Files.write(temp.resolve("loket-backup-2026-06-04T170000.zip"), randomBytes(200_000));
        assertRefused(random, StorageException.Reason.NOT_A_LOKET_BACKUP);
    }

    @Test
    void aZipWithoutADatabaseIsNotALoketBackup() throws IOException {
        Path photos = temp.resolve("loket-backup-2026-06-04T170000.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(photos))) {
            zip.putNextEntry(new ZipEntry("holiday.jpg"));
            zip.write(randomBytes(10_000));
        }
        assertRefused(photos, StorageException.Reason.NOT_A_LOKET_BACKUP);
    }

    @Test
    void anH2DatabaseOfAnotherProgramIsNotALoketBackup() throws Exception {
        assertRefused(oldStyleZip(otherProgramsDatabase("sa")), StorageException.Reason.NOT_A_LOKET_BACKUP);
    }

    @Test
    void anH2DatabaseWithLoketsUserNameButNoLoketSchemaIsNotALoketBackup() throws Exception {
        assertRefused(oldStyleZip(otherProgramsDatabase("loket")), StorageException.Reason.NOT_A_LOKET_BACKUP);
    }

    @Test
    void anEncryptedBackupCutInHalfIsDamaged() throws IOException {
        Path backup = backupOf(office("source", BACKUP_HOUSEHOLDS));
        byte[] whole = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(whole, whole.length / 2));
        assertRefused(backup, StorageException.Reason.BACKUP_DAMAGED);
    }

    @Test
    void anEncryptedBackupCutInsideItsFirstSectorIsDamaged() throws IOException {
        Path backup = backupOf(office("source", BACKUP_HOUSEHOLDS));
        Files.write(backup, Arrays.copyOf(Files.readAllBytes(backup), 100));
        assertRefused(backup, StorageException.Reason.BACKUP_DAMAGED);
    }

    @Test
    void anEncryptedBackupWithChangedBytesIsDamaged() throws IOException {
        Path backup = backupOf(office("source", BACKUP_HOUSEHOLDS));
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 16; i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(backup, bytes);
        assertRefused(backup, StorageException.Reason.BACKUP_DAMAGED);
    }

    @Test
    void aBackupOfAnotherOfficeIsRefusedNamingBothOffices() throws IOException {
        Path backup = backupOf(office("neighbour", BACKUP_HOUSEHOLDS, "office.kelurahan", OTHER_OFFICE));

        StorageException refused = assertRefused(backup, StorageException.Reason.BACKUP_OF_ANOTHER_OFFICE);

        assertThat(refused.details()).containsExactly(OTHER_OFFICE, OFFICE);
    }

    @Test
    void aBackupWithoutAnActiveSupervisorIsRefused() throws IOException {
        Path source = office("source", BACKUP_HOUSEHOLDS);
        try (Database database = Database.openEmbedded(source, key)) {
            new Jdbc(database.dataSource()).update("UPDATE agent_account SET active = FALSE WHERE role = 'SUPERVISOR'");
        }
        assertRefused(backupOf(source), StorageException.Reason.BACKUP_WITHOUT_SUPERVISOR);
    }

    @Test
    void aBackupThatNamesNoOfficeIsRefused() throws IOException {
        Path source = temp.resolve("no-office");
        try (Database database = Database.openEmbedded(source, key)) {
            new AgentRepository(new Jdbc(database.dataSource()))
                    .insert("admin", "Admin", Role.SUPERVISOR, "not-a-real-hash", false);
        }
        StorageException refused = assertRefused(backupOf(source), StorageException.Reason.BACKUP_NAMES_NO_OFFICE);

        assertThat(refused.details()).containsExactly(OFFICE);
    }

    @Test
    void anOldStyleZipFromAnotherPcIsRefusedAsAnotherKey() throws IOException {
        Path elsewhere = temp.resolve("elsewhere");
        try (AppContext app = TestApps.withDemoData(elsewhere, 3)) {
            assertThat(app.reporting().progress().current().kelurahan().households()).isEqualTo(3);
        }
        assertRefused(oldStyleZip(Files.readAllBytes(elsewhere.resolve("loket.mv.db"))),
                StorageException.Reason.BACKUP_FROM_ANOTHER_KEY);
    }

    @Test
    void theOfficeOfADatabaseWithoutAnOfficeRowIsTheOneItsRtListsName() {
        Path source = office("source", 5);
        try (Database database = Database.openEmbedded(source, key)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            jdbc.update("DELETE FROM office");
            assertThat(new DatabaseOwner(jdbc).officeCode()).hasValue(OFFICE);
        }
    }

    /** Refused with {@code reason}, the live file unchanged to the byte, nothing new in the data folder. */
    private StorageException assertRefused(Path backup, StorageException.Reason reason) throws IOException {
        List<String> before = names(live);
        StorageException[] thrown = new StorageException[1];
        assertThatThrownBy(() -> DatabaseRestore.restore(backup, live, key, OFFICE, NOW))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    thrown[0] = e;
                });
        assertThat(live.resolve("loket.mv.db")).hasBinaryContent(liveBytes);
        assertThat(names(live)).isEqualTo(before);
        return thrown[0];
    }

    /** A real office made by the demo data, encrypted with the live office's key. */
    private Path office(String name, int households, String... settings) {
        Path dir = temp.resolve(name);
        String[] all = Stream.concat(Stream.of("security.key-file", TestApps.keyFile(live).toString()),
                Arrays.stream(settings)).toArray(String[]::new);
        try (AppContext app = TestApps.withDemoData(dir, households, all)) {
            assertThat(app.reporting().progress().current().kelurahan().households()).isEqualTo(households);
        }
        return dir;
    }

    /** A backup as Loket makes it (BACKUP TO, encrypted as a whole), of the database in {@code dir}. */
    private Path backupOf(Path dir) {
        try (Database database = Database.openEmbedded(dir, key)) {
            return new BackupStore(new Jdbc(database.dataSource()), dir.resolveSibling(dir.getFileName() + "-backups"))
                    .backup(NOW.minusDays(1)).file();
        }
    }

    /** The file of a plain H2 database with a table of its own, made under {@code user}. */
    private byte[] otherProgramsDatabase(String user) throws Exception {
        Path other = temp.resolve("other-program-" + user);
        String url = "jdbc:h2:file:" + other.resolve("loket").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE invoice (id INT PRIMARY KEY, amount INT)");
            sql.execute("INSERT INTO invoice VALUES (1, 100)");
        }
        return Files.readAllBytes(other.resolve("loket.mv.db"));
    }

    /** A zip as Loket made them before November 2026: the database file as it was, unencrypted zip. */
    private Path oldStyleZip(byte[] databaseFile) throws IOException {
        Path zip = temp.resolve("loket-backup-2026-06-01T170000.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("loket.mv.db"));
            entries.write(databaseFile);
            entries.closeEntry();
        }
        return zip;
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private long households(Path dir) {
        try (Database database = Database.openEmbedded(dir, key)) {
            return new Jdbc(database.dataSource()).count("SELECT COUNT(*) FROM household");
        }
    }

    private List<String> leftovers() throws IOException {
        return names(live).stream().filter(n -> n.startsWith(DatabaseRestore.WORK_FOLDER_PREFIX)).toList();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
