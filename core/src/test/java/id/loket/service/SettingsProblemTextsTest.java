package id.loket.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.config.Allowed;
import id.loket.config.SettingsException;
import id.loket.config.SettingsLoader;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A bad setting read in Bahasa Indonesia is all Indonesian, and the "did you mean" hint reads as a question. */
class SettingsProblemTextsTest {

    /** English that the settings module's own wording used to bring into the Indonesian message. */
    private static final List<String> ENGLISH_WORDS = List.of("Allowed", "did you mean", "a whole number",
            "at least", "e.g.", "folder path", "empty", " or ", "outside", "OUTSIDE", "one capital", "comma-separated",
            "documented", "setting ");

    private final Texts indonesian = Texts.indonesian();
    private final Texts english = Texts.forLocale(Texts.ENGLISH);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"security.pin-hash-iterations=99", "ui.resident-idle-seconds=9000", "ui.language=jawa",
            "queue.day-closes-at=7:00", "lan.password=pendek", "data.dir=C:Loketdata", "security.key-file=data/k.key",
            "queue.service.IKD.letter=A", "device.scanner=Serial Port", "office.kelurahan=1.2.3",
            "lan.allowed-addresses=pc-dua", "queue.service.IKD.colour=#FFFF00", "zz.unknown.thing=1"})
    void theIndonesianMessageHasNoEnglishInIt(String line) throws IOException {
        String text = indonesian.text(Failures.describe(failure(line)));

        assertThat(text).startsWith("Pengaturan di ").contains("Perbaiki berkas itu");
        assertThat(ENGLISH_WORDS).noneMatch(text::contains);
    }

    @Test
    void aTypoIsAnsweredWithTheMeantKeyAsAQuestionInBothLanguages() throws IOException {
        SettingsException typo = failure("ui.resident-idle-second=300");

        assertThat(indonesian.text(Failures.describe(typo)))
                .contains("kunci “ui.resident-idle-second” tidak dikenal, mungkin salah ketik. "
                        + "Maksudnya “ui.resident-idle-seconds”?");
        assertThat(english.text(Failures.describe(typo)))
                .contains("the key “ui.resident-idle-second” is unknown, perhaps a typo. "
                        + "Did you mean “ui.resident-idle-seconds”?");
    }

    @Test
    void whatIsAllowedKeepsItsValuesInBothLanguages() throws IOException {
        SettingsException tooLong = failure("ui.resident-idle-seconds=9000");

        assertThat(indonesian.text(Failures.describe(tooLong))).contains("Yang boleh: 60 sampai 600.");
        assertThat(english.text(Failures.describe(tooLong))).contains("Allowed: 60–600.");
    }

    @ParameterizedTest
    @EnumSource(Allowed.Rule.class)
    void everyRuleHasItsOwnWordsInBothLanguages(Allowed.Rule rule) {
        Allowed allowed = new Allowed(rule, List.of("X1", "X2"));
        String inIndonesian = indonesian.text(SettingsProblemTexts.allowed(allowed));
        String inEnglish = english.text(SettingsProblemTexts.allowed(allowed));

        assertThat(inIndonesian).doesNotStartWith("[");
        assertThat(inEnglish).isEqualTo(allowed.english());
        if (rule != Allowed.Rule.ONE_OF) {
            assertThat(inIndonesian).isNotEqualTo(inEnglish);
        }
    }

    private SettingsException failure(String line) throws IOException {
        Path file = Files.writeString(dir.resolve("loket.properties"), line + "\n");
        try {
            SettingsLoader.load(Optional.of(file), Map.of());
        } catch (SettingsException e) {
            return e;
        }
        throw new AssertionError(line + " was accepted");
    }
}
