package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.texts;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole queue as three people meet it: a resident takes a priority ticket on the
 * touch screen, the agent at counter 2 calls it with F2, and the display board shows it as served at
 * counter 2, first among the last calls, with the regular ticket taken after it still waiting.
 */
@ExtendWith(ApplicationExtension.class)
class QueueToBoardUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("queue-board-" + System.nanoTime()), 50,
                "counter.number", "2", "office.counters", "3");
        kiosk = StartedKiosk.launch(app).size(1600, 900).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void aPriorityTicketFromTheTouchScreenIsCalledAtTheCounterAndShownOnTheBoard(FxRobot robot) {
        robot.clickOn("#face-ticket");
        takeTicket(robot, "#lane-priority", "P-001");
        takeTicket(robot, "#lane-regular", "A-001");

        robot.clickOn("#ticket-menu");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup("#face-counter").tryQuery().isPresent());
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        robot.press(KeyCode.F2).release(KeyCode.F2);
        // Priority first: the resident who took P-001 is called although A-001 waits too.
        waitUntil(() -> "P-001".equals(text(robot, "#counter-current-ticket")));

        Platform.runLater(() -> kiosk.shell().show(ShellView.Face.BOARD));
        waitUntil(() -> texts(robot, ".board-ticket").equals(List.of("—", "P-001", "—")));
        assertThat(texts(robot, ".board-counter")).containsExactly("Loket 1", "Loket 2", "Loket 3");
        assertThat(texts(robot, ".board-recent-line")).containsExactly("P-001 → Loket 2");
        waitUntil(() -> texts(robot, ".board-count").get(0).equals("1 orang"));
    }

    /** Two touches (service, lane), then the screen shows the number; back to the start for the next. */
    private void takeTicket(FxRobot robot, String lane, String expected) {
        robot.clickOn("#service-PERLINSOS");
        robot.clickOn(lane);
        waitUntil(() -> expected.equals(text(robot, "#ticket-number")));
        robot.clickOn("#ticket-done");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
    }
}
