package id.loket.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ui.spoken-prompts: off unless the office turns it on; only true or false. */
class SpokenPromptsSettingTest {

    @TempDir
    Path dir;

    @Test
    void offByDefault() {
        assertThat(TestFiles.load(dir, TestFiles.write(dir, "")).ui().spokenPrompts()).isFalse();
    }

    @Test
    void anOfficeTurnsThemOn() {
        assertThat(TestFiles.load(dir, TestFiles.write(dir, "ui.spoken-prompts=true")).ui().spokenPrompts()).isTrue();
    }

    @Test
    void anythingButTrueOrFalseIsRefusedByName() {
        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, TestFiles.write(dir,
                "ui.spoken-prompts=yes")));

        assertThat(error.key()).isEqualTo("ui.spoken-prompts");
        assertThat(error.allowed()).contains("true", "false");
    }
}
