package id.loket.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsValidationTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}={1} is refused, allowed: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ui.language                  | fr                        | id, en
            ui.language                  | ID                        | id, en
            ui.theme                     | dark                      | standard, high-contrast
            ui.start-face                | kiosk                     | chooser, ticket, counter, office
            ui.resident-idle-seconds     | 59                        | 60–600
            ui.resident-idle-seconds     | 30                        | 60–600
            ui.resident-idle-seconds     | 601                       | 60–600
            ui.resident-idle-seconds     | ninety                    | 60–600
            ui.agent-idle-lock-minutes   | 0                         | 1–120
            counter.number               | 0                         | 1–99
            office.counters              | 100                       | 1–99
            print.ticket-paper           | 57mm                      | 58mm, 80mm, a4
            print.receipt-paper          | A4                        | 58mm, 80mm, a4
            office.kelurahan             | 64.71.05.9999             | a kelurahan code of Kota Balikpapan, Kota Samarinda, e.g. 64.71.05.1006
            office.kelurahan             | 6471051006                | a kelurahan code of Kota Balikpapan, Kota Samarinda, e.g. 64.71.05.1006
            database.url                 | jdbc:postgresql://db/loket | an H2 URL starting with jdbc:h2:
            security.pin-hash-iterations | 99999                     | a whole number, at least 100000
            security.pin-hash-iterations | 210.000                   | a whole number, at least 100000
            security.pin-min-length      | 3                         | 4–12
            queue.priority-letter        | PP                        | one capital letter A–Z
            queue.service.IKD.letter     | b                         | one capital letter A–Z
            queue.services               | PERLINSOS,ikd             | comma-separated service codes
            queue.services               | IKD,IKD                   | comma-separated service codes
            device.scanner               | Serial Port               | a driver id
            data.dir                     | C:Loketdata               | C:/Loket/data
            dailyfile.outbox             | D:LoketKirim              | C:/Loket/data
            """)
    void badValueNamesFileKeyValueAndAllowed(String key, String value, String allowed) {
        Path file = TestFiles.write(dir, key + "=" + value);

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.BAD_VALUE);
        assertThat(error.source()).isEqualTo(file.toString());
        assertThat(error.key()).isEqualTo(key);
        assertThat(error.value()).isEqualTo(value);
        assertThat(error.allowed()).contains(allowed);
        assertThat(error.getMessage()).contains(file.toString(), key, value, error.allowed());
    }

    @ParameterizedTest(name = "empty {0} is refused")
    @CsvSource({"ui.language", "office.kelurahan", "counter.number", "queue.services", "device.printer",
            "queue.service.IKD.name"})
    void emptyRequiredValueIsRefused(String key) {
        Path file = TestFiles.write(dir, key + "=");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.BAD_VALUE);
        assertThat(error.key()).isEqualTo(key);
        assertThat(error.value()).isEmpty();
        assertThat(error.getMessage()).contains("(empty)");
    }

    @Test
    void counterNumberAboveOfficeCountersIsRefusedOnCounterNumber() {
        Path file = TestFiles.write(dir, "office.counters=3", "counter.number=4");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.key()).isEqualTo("counter.number");
        assertThat(error.value()).isEqualTo("4");
        assertThat(error.allowed()).startsWith("1–3");
        assertThat(error.source()).isEqualTo(file.toString());
    }

    @Test
    void fewerCountersOnTheCommandLineThanTheFilesCounterNumberBlamesTheCommandLine() {
        Path file = TestFiles.write(dir, "counter.number=4", "office.counters=5");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file, Map.of("office.counters", "2")));

        assertThat(error.source()).isEqualTo(SettingsLoader.OVERRIDES_SOURCE);
        assertThat(error.key()).isEqualTo("office.counters");
        assertThat(error.value()).isEqualTo("2");
        assertThat(error.allowed()).startsWith("4–99");
    }

    @Test
    void serviceLetterUsedTwiceIsRefusedOnTheChangedKey() {
        Path file = TestFiles.write(dir, "queue.service.INFORMASI.letter=B");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.BAD_VALUE);
        assertThat(error.source()).isEqualTo(file.toString());
        assertThat(error.key()).isEqualTo("queue.service.INFORMASI.letter");
        assertThat(error.value()).isEqualTo("B");
        assertThat(error.allowed()).contains("B (IKD)", "P (queue.priority-letter)").doesNotContain("(INFORMASI)");
    }

    @Test
    void serviceLetterEqualToPriorityLetterIsRefusedOnTheServiceLetter() {
        Path file = TestFiles.write(dir, "queue.service.IKD.letter=P");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.key()).isEqualTo("queue.service.IKD.letter");
        assertThat(error.value()).isEqualTo("P");
        assertThat(error.allowed()).contains("P (queue.priority-letter)");
        assertThat(error.getMessage()).contains(file.toString(), "queue.service.IKD.letter", "\"P\"", "P (queue.priority-letter)");
    }

    @Test
    void priorityLetterChangedToAServiceLetterIsRefusedOnThePriorityLetter() {
        Path file = TestFiles.write(dir, "queue.priority-letter=A");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.key()).isEqualTo("queue.priority-letter");
        assertThat(error.value()).isEqualTo("A");
        assertThat(error.allowed()).contains("A (PERLINSOS)").doesNotContain("(queue.priority-letter)");
    }

    @Test
    void listedServiceWithoutLetterIsRefusedNamingTheFileThatListedIt() {
        Path file = TestFiles.write(dir, "queue.services=PERLINSOS,KARTU_SSN", "queue.service.KARTU_SSN.name=Kartu SSN");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.source()).isEqualTo(file.toString());
        assertThat(error.key()).isEqualTo("queue.service.KARTU_SSN.letter");
        assertThat(error.value()).isEmpty();
        assertThat(error.allowed()).isEqualTo("one capital letter A–Z");
    }

    @Test
    void badValueOnTheCommandLineNamesTheCommandLine() {
        Path file = TestFiles.write(dir);

        SettingsException error = TestFiles.failure(
                () -> TestFiles.load(dir, file, Map.of("ui.resident-idle-seconds", "10")));

        assertThat(error.source()).isEqualTo("command line");
        assertThat(error.key()).isEqualTo("ui.resident-idle-seconds");
    }

    @Test
    void badValueIsReportedEvenWhenAnotherFileSettingIsFine() {
        Path file = TestFiles.write(dir, "ui.language=en", "ui.theme=neon");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.key()).isEqualTo("ui.theme");
    }

    @Test
    void aKeyFileInsideTheDataFolderIsRefused(@TempDir Path dir) {
        Map<String, String> overrides = Map.of("data.dir", dir.resolve("data").toString(),
                "security.key-file", dir.resolve("data/loket.key").toString());
        assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), overrides))
                .isInstanceOfSatisfying(SettingsException.class, e -> {
                    assertThat(e.key()).isEqualTo("security.key-file");
                    assertThat(e.allowed()).contains("OUTSIDE");
                });
    }

    @Test
    void aKeyFileInTheDataFolderReachedThroughALinkIsRefused(@TempDir Path dir) throws Exception {
        Path realData = java.nio.file.Files.createDirectories(dir.resolve("disk/data"));
        Path linkedData = java.nio.file.Files.createSymbolicLink(dir.resolve("data"), realData);
        Map<String, String> overrides = Map.of("data.dir", linkedData.toString(),
                "security.key-file", realData.resolve("loket.key").toString());

        assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), overrides))
                .isInstanceOfSatisfying(SettingsException.class,
                        e -> assertThat(e.key()).isEqualTo("security.key-file"));
    }

    @Test
    void aKeyFolderThatIsALinkIntoTheDataFolderIsRefusedBeforeTheKeyExists(@TempDir Path dir) throws Exception {
        Path data = java.nio.file.Files.createDirectories(dir.resolve("data"));
        Path keys = java.nio.file.Files.createSymbolicLink(dir.resolve("keys"), data);
        Map<String, String> overrides = Map.of("data.dir", data.toString(),
                "security.key-file", keys.resolve("new/loket.key").toString());

        assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), overrides))
                .isInstanceOfSatisfying(SettingsException.class,
                        e -> assertThat(e.key()).isEqualTo("security.key-file"));
    }

    @Test
    void aKeyOutsideALinkedDataFolderThatDoesNotExistYetIsAccepted(@TempDir Path dir) throws Exception {
        Path disk = java.nio.file.Files.createDirectories(dir.resolve("disk"));
        Path linked = java.nio.file.Files.createSymbolicLink(dir.resolve("link"), disk);
        Map<String, String> overrides = Map.of("data.dir", linked.resolve("data").toString(),
                "security.key-file", disk.resolve("keys/loket.key").toString());

        assertThat(SettingsLoader.load(Optional.empty(), overrides).security().keyFile())
                .isEqualTo(disk.resolve("keys/loket.key"));
    }

    @Test
    void aKeyInANewDataFolderUnderALinkIsRefused(@TempDir Path dir) throws Exception {
        Path disk = java.nio.file.Files.createDirectories(dir.resolve("disk"));
        Path linked = java.nio.file.Files.createSymbolicLink(dir.resolve("link"), disk);
        Map<String, String> overrides = Map.of("data.dir", linked.resolve("data").toString(),
                "security.key-file", disk.resolve("data/keys/loket.key").toString());

        assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), overrides))
                .isInstanceOfSatisfying(SettingsException.class,
                        e -> assertThat(e.key()).isEqualTo("security.key-file"));
    }

    @Test
    void aBackupFolderInsideTheDataFolderIsRefused(@TempDir Path dir) {
        Map<String, String> overrides = Map.of("data.dir", dir.resolve("data").toString(),
                "backup.dir", dir.resolve("data/backups").toString());
        assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), overrides))
                .isInstanceOfSatisfying(SettingsException.class,
                        e -> assertThat(e.key()).isEqualTo("backup.dir"));
    }

    @Test
    void anEmptyOutboxIsTheKotakKeluarFolderInsideTheDataFolder(@TempDir Path dir) {
        LoketSettings settings = SettingsLoader.load(Optional.empty(), Map.of("data.dir", dir.resolve("data").toString()));

        assertThat(settings.dailyFile().outbox()).isEqualTo(dir.resolve("data").resolve("kotak-keluar"));
    }

    @Test
    void aRelativeOutboxIsResolvedAgainstTheWorkingFolder(@TempDir Path dir) {
        LoketSettings settings = SettingsLoader.load(Optional.empty(), Map.of("data.dir", dir.resolve("data").toString(),
                "dailyfile.outbox", "kirim"));

        assertThat(settings.dailyFile().outbox())
                .isEqualTo(Path.of("").toAbsolutePath().resolve("kirim").normalize());
    }
}
