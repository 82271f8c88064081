package id.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.app.AppContext;
import id.loket.app.KioskApplication;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * The whole queue as three people meet it (PRODUCT Q1–Q3): a resident takes a priority ticket on the
 * touch screen, the agent at counter 2 calls it with F2, and the display board shows it as served at
 * counter 2, first among the last calls, with the regular ticket taken after it still waiting.
 */
@ExtendWith(ApplicationExtension.class)
class QueueToBoardUiTest {

    @TempDir
    static Path dir;
    private AppContext app;
    private Background background;
    private ShellView shell;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("queue-board-" + System.nanoTime()), 50,
                "counter.number", "2", "office.counters", "3");
        background = new Background(Platform::runLater);
        shell = new ShellView(KioskApplication.dependencies(app, background));
        Scene scene = new Scene(shell.root(), 1600, 900);
        Styles.apply(scene, false);
        stage.setScene(scene);
        shell.show(ShellView.Face.CHOOSER);
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
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

        Platform.runLater(() -> shell.show(ShellView.Face.BOARD));
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

    private void logIn(FxRobot robot, String user, String pin) {
        waitUntil(() -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write(user);
        robot.clickOn("#login-pin").write(pin);
        robot.clickOn("#login-submit");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> node instanceof Label label ? label.getText() : "")
                .orElse("");
    }

    /** The texts of the labels with that style class on screen, in order; call on the FX thread. */
    private static List<String> texts(FxRobot robot, String query) {
        if (!Platform.isFxApplicationThread()) {
            try {
                return WaitForAsyncUtils.asyncFx(() -> texts(robot, query)).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return robot.lookup(query).queryAll().stream()
                .filter(QueueToBoardUiTest::onScreen)
                .map(node -> ((Label) node).getText()).toList();
    }

    private static boolean onScreen(Node node) {
        return node instanceof Label && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
