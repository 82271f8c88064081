package id.loket.ui;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.visibleText;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.queue.Lane;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The unsaved-data question, the queue bar's ticket details and the short service form fit the counter's window at 1366x768 and
 * 1024x768, in Indonesian and English: every word whole, every answer and Save inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class CounterFlowFitUiTest {

    private static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1024, 768});

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private Stage stage;
    private String language;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void inIndonesian(FxRobot robot) {
        fitsAtBothSizes(robot, "id");
    }

    @Test
    void inEnglish(FxRobot robot) {
        fitsAtBothSizes(robot, "en");
    }

    private void fitsAtBothSizes(FxRobot robot, String chosen) {
        language = chosen;
        app = TestApps.withDemoData(dir.resolve("fit-" + chosen + "-" + System.nanoTime()), 60, "ui.language", chosen);
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.CHOOSER)
                .on(stage));
        app.queue().tickets().issue("IKD", Lane.REGULAR);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "B-001".equals(visibleText(robot, "#counter-current-ticket")));
        waitUntil(() -> !visibleText(robot, "#service-record-title").isEmpty());
        robot.clickOn("#service-outcome-ACTIVATED");
        key(robot, KeyCode.F2);
        waitUntil(() -> robot.lookup("#unsaved-row").query().isVisible());

        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String where = language + " at " + size[0] + "x" + size[1];
            Scene scene = stage.getScene();
            assertThat(scene.getWidth()).as(where).isLessThanOrEqualTo(size[0]);
            assertThat(ScreenFit.cutWords()).as(where)
                    .filteredOn(w -> w.contains("service-") || w.contains("unsaved-") || w.contains("queue-"))
                    .isEmpty();
            assertThat(ScreenFit.outsideWindow(scene, "#unsaved-question", "#unsaved-save", "#unsaved-discard",
                    "#unsaved-cancel", "#service-record-title", "#service-outcome-ACTIVATED",
                    "#service-outcome-NOT_ACTIVATED", "#service-note", "#service-record-save")).as(where).isEmpty();
        }
    }
}
