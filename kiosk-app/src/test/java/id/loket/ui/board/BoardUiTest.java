package id.loket.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.app.AppContext;
import id.loket.app.KioskApplication;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.service.LoginService;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import id.loket.ui.Styles;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board as a PC's face and as a window from the chooser, fed by real calls at a counter. */
@ExtendWith(ApplicationExtension.class)
class BoardUiTest {

    @TempDir
    static Path dir;
    private AppContext app;
    private Background background;
    private ShellView shell;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("board-" + System.nanoTime()), 50, "office.counters", "4");
        background = new Background(Platform::runLater);
        shell = new ShellView(KioskApplication.dependencies(app, background));
        Scene scene = new Scene(shell.root(), 1366, 768);
        Styles.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        Platform.runLater(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Antrian"))
                .forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
        background.close();
        app.close();
    }

    private Agent agent() {
        return ((LoginService.LoggedIn) app.login().login("agen1", "111111".toCharArray())).agent();
    }

    @Test
    void aCallShowsOnTheBoardWithTheCounterTheLastCallsAndWhoWaits(FxRobot robot) {
        app.tickets().issue("PERLINSOS", Lane.REGULAR);
        app.tickets().issue("PERLINSOS", Lane.REGULAR);
        app.tickets().issue("IKD", Lane.REGULAR);
        Platform.runLater(() -> shell.show(ShellView.Face.BOARD));
        waitUntil(() -> texts(robot, ".board-ticket").size() == 4);
        assertThat(texts(robot, ".board-counter")).containsExactly("Loket 1", "Loket 2", "Loket 3", "Loket 4");
        waitUntil(() -> texts(robot, ".board-recent-line").equals(List.of("Belum ada panggilan hari ini")));
        waitUntil(() -> texts(robot, ".board-count").equals(List.of("2 orang", "1 orang", "0 orang", "0 orang")));

        app.counter().callNext(agent());

        waitUntil(() -> texts(robot, ".board-ticket").equals(List.of("A-001", "—", "—", "—")));
        assertThat(texts(robot, ".board-recent-line")).containsExactly("A-001 → Loket 1");
        waitUntil(() -> texts(robot, ".board-count").get(0).equals("1 orang"));
        assertThat(texts(robot, "#board-connection").get(0)).startsWith("Tersambung");
        // The spoken call was tried: on a PC without sound the status line says so, in words.
        waitUntil(() -> !texts(robot, "#board-sound").get(0).isEmpty());
    }

    @Test
    void theChooserOpensTheBoardInAWindowOfItsOwn(FxRobot robot) throws Exception {
        Platform.runLater(() -> shell.show(ShellView.Face.CHOOSER));
        waitUntil(() -> robot.lookup("#open-board").tryQuery().isPresent());
        robot.clickOn("#open-board");
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Antrian") && s.isShowing()));
        // Opening it again brings the same window forward instead of a second board.
        robot.clickOn("#open-board");
        WaitForAsyncUtils.waitForFxEvents();
        long boards = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Antrian")).count()).get();
        assertThat(boards).isEqualTo(1);
    }

    /** Called on the FX thread (from waitUntil), or from the test thread through asyncFx. */
    private static List<String> texts(FxRobot robot, String query) {
        if (!Platform.isFxApplicationThread()) {
            try {
                return WaitForAsyncUtils.asyncFx(() -> texts(robot, query)).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return robot.lookup(query).queryAll().stream()
                .filter(node -> node instanceof Label && isShowing(node))
                .map(node -> ((Label) node).getText()).toList();
    }

    private static boolean isShowing(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
