package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesANewDatabaseToTheLatestSchema() {
        try (Database database = Database.openEmbedded(dir)) {
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
        try (Database database = Database.openEmbedded(dir)) {
            new OfficeRepository(new Jdbc(database.dataSource()))
                    .save(new OfficeRepository.OfficeRow("64.71.05.1006", "Kelurahan Gunung Bahagia", "Jl. X", false));
        }
        try (Database database = Database.openEmbedded(dir)) {
            assertThat(new OfficeRepository(new Jdbc(database.dataSource())).find())
                    .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Kelurahan Gunung Bahagia"));
        }
    }

    @Test
    void createsAMissingDataFolder() {
        Path nested = dir.resolve("a/b/data");
        try (Database ignored = Database.openEmbedded(nested)) {
            assertThat(nested).isDirectory();
        }
    }

    @Test
    void aDataFolderThatIsAFileIsAClearProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Database.openEmbedded(file))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DATA_DIR_UNUSABLE));
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsNamedAsSuch() throws Exception {
        // A second JVM holds the file lock, exactly as a second Loket would.
        Process holder = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            String line = output.readLine();
            while (line != null && !line.equals(DatabaseHolder.OPEN)) {
                line = output.readLine();  // log lines of the other process
            }
            assertThat(line).isEqualTo(DatabaseHolder.OPEN);
            assertThatThrownBy(() -> Database.openEmbedded(dir))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.IN_USE_BY_ANOTHER_PROGRAM));
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Opens the database in its own process and keeps it open until killed. */
    public static final class DatabaseHolder {
        static final String OPEN = "open";

        public static void main(String[] args) throws InterruptedException {
            Database database = Database.openEmbedded(Path.of(args[0]));
            System.out.println(OPEN);
            System.out.flush();
            Thread.sleep(60_000);
            database.close();
        }
    }
}
