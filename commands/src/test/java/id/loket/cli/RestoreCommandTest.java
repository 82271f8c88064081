package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loket restore} as the office's IT staff meet it: a backup that is no Loket database of this
 * office is refused with exit status 1 and a sentence in both languages saying what is wrong with
 * the file, and the office keeps its data; a good backup restores on a new PC.
 */
class RestoreCommandTest {

    private static final int HOUSEHOLDS = 20;

    @TempDir
    Path dir;
    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String pin = "999999";

    private final ConsoleInput console = new ConsoleInput() {
        @Override
        public char[] secret(String prompt) {
            return pin.toCharArray();
        }

        @Override
        public String line(String prompt) {
            return "ya";
        }
    };

    @BeforeEach
    void anOffice() {
        data = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(data, HOUSEHOLDS)) {
            assertThat(app.reporting().progress().current().kelurahan().households()).isEqualTo(HOUSEHOLDS);
        }
    }

    @Test
    void anOldStyleZipWithAnEmptyDatabaseIsRefusedAsNotALoketBackup() throws IOException {
        Path junk = dir.resolve("loket-backup-2026-06-01T170000.zip");
        try (OutputStream file = Files.newOutputStream(junk); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("loket.mv.db"));
            zip.closeEntry();
        }

        assertThat(restore(data, "lurah", junk)).isEqualTo(1);

        assertThat(err.toString()).contains("bukan cadangan Loket").contains("not a Loket backup");
        assertRefusedAndKept();
    }

    @Test
    void aBackupCutShortIsRefusedAsDamaged() throws IOException {
        Path backup = backupOf(data);
        byte[] whole = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThat(restore(data, "lurah", backup)).isEqualTo(1);

        assertThat(err.toString()).contains("rusak atau tidak lengkap").contains("damaged or incomplete");
        assertRefusedAndKept();
    }

    @Test
    void aBackupOfAnotherOfficeIsRefusedNamingItsKelurahan() {
        Path neighbour = dir.resolve("neighbour");
        try (AppContext app = TestApps.withDemoData(neighbour, 5, "security.key-file",
                TestApps.keyFile(data).toString(), "office.kelurahan", "64.72.09.1004")) {
            assertThat(app.foundation().office().kelurahanCode()).isEqualTo("64.72.09.1004");
        }

        assertThat(restore(data, "lurah", backupOf(neighbour))).isEqualTo(1);

        assertThat(err.toString()).contains("kantor kelurahan lain (kode 64.72.09.1004), bukan kantor ini (64.71.05.1006)")
                .contains("another kelurahan office (code 64.72.09.1004), not to this one (64.71.05.1006)");
        assertRefusedAndKept();
    }

    @Test
    void aBackupWithoutASupervisorIsRefused() {
        Path noSupervisor = dir.resolve("no-supervisor");
        try (AppContext app = TestApps.withDemoData(noSupervisor, 5, "security.key-file",
                TestApps.keyFile(data).toString())) {
            assertThat(app.reporting().progress().current().kelurahan().households()).isEqualTo(5);
        }
        try (Database database = Database.openEmbedded(noSupervisor,
                id.loket.storage.DatabaseKey.loadOrCreate(TestApps.keyFile(data)))) {
            new Jdbc(database.dataSource()).update("UPDATE agent_account SET active = FALSE WHERE role = 'SUPERVISOR'");
        }

        assertThat(restore(data, "lurah", backupOf(noSupervisor))).isEqualTo(1);

        assertThat(err.toString()).contains("tidak punya akun supervisor yang aktif")
                .contains("no active supervisor account");
        assertRefusedAndKept();
    }

    @Test
    void aBackupRestoresOnANewPcWhoseFirstSupervisorIsAllItHas() throws IOException {
        Path backup = backupOf(data);
        Path newPc = dir.resolve("new-pc");
        // As SECURITY.md says: the saved key file first, then the first start's supervisor.
        Files.copy(TestApps.keyFile(data), TestApps.keyFile(newPc));
        try (AppContext app = TestApps.open(newPc)) {
            char[] newPin = "481592".toCharArray();
            assertThat(app.security().accounts().createFirstSupervisor("admin", "Admin Kelurahan", newPin,
                    newPin.clone()))
                    .isEmpty();
        }
        pin = "481592";

        assertThat(restore(newPc, "admin", backup)).isZero();

        assertThat(out.toString()).contains("sudah dipulihkan");
        assertThat(households(newPc)).isEqualTo(HOUSEHOLDS);
    }

    private int restore(Path dataDir, String user, Path backup) {
        return HeadlessMain.run(new String[] {"--config", TestApps.configFor(dataDir).toString(), "--data-dir",
                dataDir.toString(), "--user", user, "restore", "--yes", "--overwrite-newer", backup.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true), console);
    }

    /** No technical words on screen, the office's households all there, no database set aside. */
    private void assertRefusedAndKept() {
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("tidak terduga")
                .doesNotContain("unexpected");
        assertThat(households(data)).isEqualTo(HOUSEHOLDS);
        try (Stream<Path> files = Files.list(data)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.startsWith("loket.mv.db.before-restore-"))
                    .noneMatch(n -> n.startsWith("restore-in-progress-"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A backup as the office makes one, of the database in {@code dataDir}. */
    private Path backupOf(Path dataDir) {
        try (AppContext app = AppContext.open(TestApps.settings(dataDir, "security.key-file",
                TestApps.keyFile(data).toString()), TestApps.FIRST_DAY)) {
            return app.security().backups().backupNow("test",
                    Optional.of(dataDir.resolveSibling(dataDir.getFileName() + "-bk")));
        }
    }

    private static long households(Path dataDir) {
        try (Database database = TestApps.database(dataDir)) {
            return new Jdbc(database.dataSource()).count("SELECT COUNT(*) FROM household");
        }
    }
}
