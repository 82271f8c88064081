package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;
    private Path dir;
    private DatabaseKey key;

    @org.junit.jupiter.api.BeforeEach
    void folders() {
        dir = temp.resolve("data");
        key = DatabaseKey.loadOrCreate(temp.resolve("keys/loket.key"));
    }

    @Test
    void migratesANewDatabaseToTheLatestSchema() {
        try (Database database = Database.openEmbedded(dir, key)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")).isPositive();
            assertThat(jdbc.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN "
                    + "('OFFICE','RT','HOUSEHOLD','PERSON','TICKET','COUNTER_DESK','AGENT_ACCOUNT','REGISTRATION',"
                    + "'AUDIT_EVENT')")).isEqualTo(9);
        }
        assertThat(dir.resolve("loket.mv.db")).exists();
    }

    @Test
    void committedDataSurvivesClosingAndReopening() {
        try (Database database = Database.openEmbedded(dir, key)) {
            new OfficeRepository(new Jdbc(database.dataSource()))
                    .save(new OfficeRepository.OfficeRow("64.71.05.1006", "Kelurahan Gunung Bahagia", "Jl. X", false));
        }
        try (Database database = Database.openEmbedded(dir, key)) {
            assertThat(new OfficeRepository(new Jdbc(database.dataSource())).find())
                    .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Kelurahan Gunung Bahagia"));
        }
    }

    @Test
    void createsAMissingDataFolder() {
        Path nested = dir.resolve("a/b/data");
        try (Database ignored = Database.openEmbedded(nested, key)) {
            assertThat(nested).isDirectory();
        }
    }

    @Test
    void aDataFolderThatIsAFileIsAClearProblem() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Database.openEmbedded(file, key))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DATA_DIR_UNUSABLE));
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsNamedAsSuch() throws Exception {
        // A second JVM holds the file lock, exactly as a second Loket would.
        Process holder = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(), dir.toString(), temp.resolve("keys/loket.key").toString())
                .redirectErrorStream(true).start();
        try {
            java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            String line = output.readLine();
            while (line != null && !line.equals(DatabaseHolder.OPEN)) {
                line = output.readLine();  // log lines of the other process
            }
            assertThat(line).isEqualTo(DatabaseHolder.OPEN);
            assertThatThrownBy(() -> Database.openEmbedded(dir, key))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.IN_USE_BY_ANOTHER_PROGRAM));
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void theDatabaseFileIsEncrypted() throws Exception {
        try (Database database = Database.openEmbedded(dir, key)) {
            new OfficeRepository(new Jdbc(database.dataSource()))
                    .save(new OfficeRepository.OfficeRow("64.71.05.1006", "Kelurahan Rahasia", "Jl. X", false));
        }
        byte[] file = Files.readAllBytes(dir.resolve("loket.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                // The store header's words, not its first three bytes: ciphertext holds "H:2" by chance
                // about once in three hundred files of this size.
                .doesNotContain("Rahasia").doesNotContain("OFFICE").doesNotContain("blockSize:");
    }

    @Test
    void anotherKeyCannotOpenItAndSaysSo() {
        Database.openEmbedded(dir, key).close();
        DatabaseKey other = DatabaseKey.loadOrCreate(temp.resolve("other/loket.key"));
        assertThatThrownBy(() -> Database.openEmbedded(dir, other))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.WRONG_KEY));
    }

    @Test
    void aDatabaseMadeBeforeEncryptionIsEncryptedInPlaceKeepingItsData() throws Exception {
        String plainUrl = "jdbc:h2:file:" + dir.resolve("loket").toAbsolutePath();
        try (Database plain = Database.open(plainUrl)) {
            new OfficeRepository(new Jdbc(plain.dataSource()))
                    .save(new OfficeRepository.OfficeRow("64.71.05.1006", "Kelurahan Lama", "Jl. X", false));
        }
        try (Database encrypted = Database.openEmbedded(dir, key)) {
            assertThat(new OfficeRepository(new Jdbc(encrypted.dataSource())).find())
                    .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Kelurahan Lama"));
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("loket.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Kelurahan Lama");
    }

    @Test
    void theKeyFileIsOwnerOnly() throws Exception {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(temp.resolve("keys/loket.key")))).isEqualTo("rw-------");
    }

    @Test
    void aDamagedKeyFileIsNamed() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.key"), "not a key");
        assertThatThrownBy(() -> DatabaseKey.loadOrCreate(bad))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.KEY_UNUSABLE));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Opens the database in its own process and keeps it open until killed. */
    public static final class DatabaseHolder {
        static final String OPEN = "open";

        public static void main(String[] args) throws InterruptedException {
            Database database = Database.openEmbedded(Path.of(args[0]), DatabaseKey.loadOrCreate(Path.of(args[1])));
            System.out.println(OPEN);
            System.out.flush();
            Thread.sleep(60_000);
            database.close();
        }
    }
}
