package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.account.PinHasher;
import id.loket.domain.account.Role;
import id.loket.domain.household.Household;
import id.loket.domain.nik.Nik;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office that updates Loket keeps the database its old Loket wrote. The file here was written by
 * H2 2.2.220 through our encrypted file system at schema V10 (see the README beside it); the H2 of today
 * must open it in place, find its rows and let Flyway bring it to the current schema.
 */
class OldH2DatabaseTest {

    private static final String OLD_DATABASE = "h2-2.2.220/loket.mv.db";
    /** The TEST key the old file was encrypted with. */
    private static final String TEST_KEY = "00112233445566778899aabbccddeeff102132435465768798a9bacbdcedfe0f";
    private static final Nik HEAD = Nik.ofStored("6471054508900002");

    @TempDir
    Path temp;
    private Path dataDir;
    private DatabaseKey key;

    @BeforeEach
    void copyTheOldDatabase() throws IOException {
        dataDir = Files.createDirectories(temp.resolve("data"));
        try (InputStream old = OldH2DatabaseTest.class.getResourceAsStream(OLD_DATABASE)) {
            assertThat(old).as(OLD_DATABASE).isNotNull();
            Files.copy(old, dataDir.resolve("loket.mv.db"));
        }
        key = DatabaseKey.loadOrCreate(keyFile(TEST_KEY));
    }

    @Test
    void theOldRowsAreFoundWithTheNewH2() {
        try (Database database = Database.openEmbedded(dataDir, key)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(new OfficeRepository(jdbc).find()).hasValueSatisfying(office -> {
                assertThat(office.kelurahanCode()).isEqualTo("64.71.05.1006");
                assertThat(office.name()).isEqualTo("Kelurahan Uji Lama");
            });
            AgentRepository.Credentials supervisor = new AgentRepository(jdbc).credentials("lurahlama").orElseThrow();
            assertThat(supervisor.agent().role()).isEqualTo(Role.SUPERVISOR);
            assertThat(new PinHasher(1).matches("246810".toCharArray(), supervisor.pinHash())).isTrue();
            Household household = new HouseholdRepository(jdbc).findByHeadNik(HEAD).orElseThrow();
            assertThat(household.headName()).isEqualTo("Siti Nur'aini");
            assertThat(household.rt().rw()).isEqualTo("003");
            assertThat(jdbc.count("SELECT desil FROM household WHERE head_nik = ? AND pkh", HEAD.digits())).isEqualTo(2);
        }
    }

    @Test
    void flywayBringsTheOldSchemaToTheCurrentOne() {
        try (Database database = Database.openEmbedded(dataDir, key)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            // Written at V10; V11 (and any later migration) must have run on the new H2.
            assertThat(jdbc.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '10'")).isEqualTo(1);
            assertThat(jdbc.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '11' AND \"success\""))
                    .isEqualTo(1);
            assertThat(jdbc.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")).isZero();
            // V11's widened list of correctable fields is in force.
            assertThat(jdbc.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS "
                    + "WHERE CONSTRAINT_NAME = 'REGISTRATION_CORRECTION_FIELD_KNOWN' AND CHECK_CLAUSE LIKE '%FAILURE_REASON%'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void whatTheNewH2WritesIntoTheOldFileSurvivesReopening() {
        try (Database database = Database.openEmbedded(dataDir, key)) {
            new AgentRepository(new Jdbc(database.dataSource()))
                    .insert("agenbaru", "Agen Baru", Role.AGENT, new PinHasher(1).hash("135790".toCharArray()), false);
        }
        try (Database database = Database.openEmbedded(dataDir, key)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(new AgentRepository(jdbc).credentials("agenbaru")).isPresent();
            assertThat(new AgentRepository(jdbc).credentials("lurahlama")).isPresent();
        }
    }

    @Test
    void theFileStaysEncryptedAfterTheNewH2WroteToIt() throws IOException {
        try (Database database = Database.openEmbedded(dataDir, key)) {
            new Jdbc(database.dataSource()).update("UPDATE household SET head_name = 'Siti Nur''aini Rahmawati'");
        }
        String stored = new String(Files.readAllBytes(dataDir.resolve("loket.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(stored).startsWith("H2encrypt\n").doesNotContain("Siti").doesNotContain("6471054508900002")
                .doesNotContain("H:2,");
    }

    @Test
    void anotherKeyIsRefusedOnTheOldFileAndLeavesItReadable() throws IOException {
        DatabaseKey other = DatabaseKey.loadOrCreate(temp.resolve("keys/other.key"));
        assertThatThrownBy(() -> Database.openEmbedded(dataDir, other))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.WRONG_KEY));
        try (Database database = Database.openEmbedded(dataDir, key)) {
            assertThat(new OfficeRepository(new Jdbc(database.dataSource())).find()).isPresent();
        }
    }

    @Test
    void theDatabaseAsTheOldLoketLeftItIsKeptBeforeTheSchemaIsUpdated() throws IOException {
        try (Database database = Database.openEmbedded(dataDir, key)) {
            assertThat(new Jdbc(database.dataSource()).count("SELECT COUNT(*) FROM agent_account")).isPositive();
        }
        Path copies = dataDir.resolve(Database.BEFORE_MIGRATION);
        List<Path> kept;
        try (Stream<Path> files = Files.list(copies)) {
            kept = files.toList();
        }
        assertThat(kept).hasSize(1);

        // The copy is a backup like any other: restored, it is the old office with its supervisor.
        Path elsewhere = temp.resolve("restored");
        DatabaseRestore.restore(kept.get(0), elsewhere, key, "64.71.05.1006", LocalDateTime.now());
        try (Database restored = Database.openEmbedded(elsewhere, key)) {
            assertThat(new AgentRepository(new Jdbc(restored.dataSource())).credentials("lurahlama")).isPresent();
        }
    }

    @Test
    void aDatabaseAlreadyUpToDateIsNotCopiedAgain() throws IOException {
        Database.openEmbedded(dataDir, key).close();
        Database.openEmbedded(dataDir, key).close();
        try (Stream<Path> files = Files.list(dataDir.resolve(Database.BEFORE_MIGRATION))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    private Path keyFile(String hex) throws IOException {
        Path file = Files.createDirectories(temp.resolve("keys")).resolve("test.key");
        Files.writeString(file, hex + "\n", StandardCharsets.US_ASCII);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
