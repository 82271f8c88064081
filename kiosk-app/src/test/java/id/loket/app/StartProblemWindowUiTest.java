package id.loket.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.config.SettingsException;
import id.loket.config.SettingsLoader;
import id.loket.service.Failures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A bad setting at the kiosk's start is shown in a window, in both languages, and the window closes. */
@ExtendWith(ApplicationExtension.class)
class StartProblemWindowUiTest {

    @TempDir
    Path dir;

    @Test
    void aBadSettingIsShownInBothLanguagesAndTheWindowCloses(FxRobot robot) throws Exception {
        Path config = Files.writeString(dir.resolve("loket.properties"), "ui.language=jawa\n");
        SettingsException bad = catchSettings(config);

        Stage[] shown = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> shown[0] = StartProblemWindow.open(Failures.describe(bad))).get();
        WaitForAsyncUtils.waitForFxEvents();

        String indonesian = robot.lookup("#" + StartProblemWindow.INDONESIAN_ID).queryAs(Label.class).getText();
        String english = robot.lookup("#" + StartProblemWindow.ENGLISH_ID).queryAs(Label.class).getText();
        assertThat(indonesian).contains("ui.language", "jawa", "Perbaiki");
        assertThat(english).contains("ui.language", "jawa", "Fix the file");
        assertThat(shown[0].isShowing()).isTrue();

        robot.clickOn("#" + StartProblemWindow.CLOSE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown[0].isShowing()).isFalse();
    }

    private static SettingsException catchSettings(Path config) {
        try {
            SettingsLoader.load(Optional.of(config), Map.of());
        } catch (SettingsException e) {
            return e;
        }
        throw new AssertionError("ui.language=jawa was accepted");
    }
}
