package id.loket.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownKeyTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource({
            "ui.langauge, ui.language",
            "office.kelurhan, office.kelurahan",
            "ui.resident-idle-second, ui.resident-idle-seconds",
            "UI.THEME, ui.theme",
            "office.counter, office.counters",
            "counter.numbers, counter.number",
            "device.scaner.port, device.scanner.port",
            "device.printers, device.printer",
            "queue.service.IDK.letter, queue.service.IKD.letter",
            "queue.service.IKD.nama, queue.service.IKD.name",
            "security.pin-hash-iteration, security.pin-hash-iterations",
    })
    void unknownKeyInTheFileSuggestsTheNearestKnownKey(String typo, String meant) {
        Path file = TestFiles.write(dir, typo + "=x");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNKNOWN_KEY);
        assertThat(error.source()).isEqualTo(file.toString());
        assertThat(error.key()).isEqualTo(typo);
        assertThat(error.value()).isEqualTo("x");
        assertThat(error.suggestion()).contains(meant);
        assertThat(error.getMessage()).contains("Did you mean " + meant + "?");
        assertThat(error.getMessage()).contains(file.toString(), typo, "\"x\"", meant);
    }

    @Test
    void unrelatedUnknownKeyGetsNoSuggestion() {
        Path file = TestFiles.write(dir, "printer.colour=blue");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNKNOWN_KEY);
        assertThat(error.suggestion()).isEmpty();
        assertThat(error.allowed()).isEqualTo("a key documented in config/defaults/loket.properties");
    }

    @Test
    void unknownKeyIsReportedBeforeTheBadValueItsTypoCauses() {
        // Without the typo check, counter.number=4 would be blamed on the default three counters.
        Path file = TestFiles.write(dir, "office.counter=5", "counter.number=4");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNKNOWN_KEY);
        assertThat(error.key()).isEqualTo("office.counter");
    }

    @Test
    void serviceKeysOfAServiceNotListedAreUnknown() {
        Path file = TestFiles.write(dir, "queue.services=PERLINSOS,IKD", "queue.service.INFORMASI.letter=E");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNKNOWN_KEY);
        assertThat(error.key()).isEqualTo("queue.service.INFORMASI.letter");
        assertThat(error.allowed()).contains("listed in queue.services (PERLINSOS, IKD)");
    }

    @Test
    void defaultDefinitionsOfServicesTakenOutOfTheListAreNotErrors() {
        Path file = TestFiles.write(dir, "queue.services=PERLINSOS,IKD");

        assertThat(TestFiles.load(dir, file).queue().services()).hasSize(2);
    }

    @Test
    void deviceParameterOfAnUnknownRoleIsUnknown() {
        Path file = TestFiles.write(dir, "device.camera.port=COM4");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNKNOWN_KEY);
        assertThat(error.allowed()).contains("card-reader, scanner, printer, sound");
    }

    @Test
    void unknownKeyOnTheCommandLineNamesTheCommandLine() {
        Path file = TestFiles.write(dir);

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file, Map.of("data-dir", "/srv/loket")));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNKNOWN_KEY);
        assertThat(error.source()).isEqualTo(SettingsLoader.OVERRIDES_SOURCE);
        assertThat(error.suggestion()).contains("data.dir");
    }
}
