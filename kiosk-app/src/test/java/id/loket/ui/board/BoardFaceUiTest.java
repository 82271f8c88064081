package id.loket.ui.board;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.texts;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.service.security.LoginService;
import id.loket.support.Records;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellDependencies;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board as an office lives with it: it fits the small screens with every service's name whole,
 * on a PC with one screen "Papan antrian" can be left again (guarded in kiosk mode), and a counter
 * whose agent logs out shows as closed instead of its last ticket.
 */
@ExtendWith(ApplicationExtension.class)
class BoardFaceUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void open(int width, int height, String language, UnaryOperator<ShellDependencies> change,
                      String... settings) throws Exception {
        String[] all = new String[settings.length + 4];
        all[0] = "ui.language";
        all[1] = language;
        all[2] = "office.counters";
        all[3] = "4";
        System.arraycopy(settings, 0, all, 4, settings.length);
        app = TestApps.withDemoData(dir.resolve("board-" + System.nanoTime()), 30, all);
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = WaitForAsyncUtils.asyncFx(() -> StartedKiosk.launch(app).size(width, height).dependencies(change)
                .showing(ShellView.Face.CHOOSER).on(stage)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
    }

    private Agent agent() {
        return ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1024,768,id", "1024,768,en", "1366,768,id", "1366,768,en", "1920,1080,id"})
    void theBoardFitsWithEveryServiceNameWhole(int width, int height, String language, FxRobot robot) throws Exception {
        open(width, height, language, d -> d);
        for (String service : List.of("PERLINSOS", "IKD", "PEKERJA_RENTAN", "INFORMASI", "PEKERJA_RENTAN")) {
            app.queue().tickets().issue(service, Lane.REGULAR);
        }
        Agent agent = agent();
        app.queue().counter().callNext(agent);
        robot.clickOn("#open-board");
        waitUntil(() -> texts(robot, ".board-recent-line").size() == 1 && texts(robot, ".board-service").size() == 4);

        assertThat(texts(robot, ".board-service")).contains(language.equals("id")
                ? "Pekerja Rentan (BPJS Ketenagakerjaan)" : "Vulnerable workers (BPJS Ketenagakerjaan)");
        assertFits("serving A-001");

        app.queue().counter().close(agent);
        waitUntil(() -> texts(robot, ".board-ticket").get(0).equals(language.equals("id") ? "Tutup" : "Closed"));
        assertFits("counter 1 closed");
    }

    private void assertFits(String when) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenFit.cutWords()).as("words cut, %s", when).isEmpty();
        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#board-title", "#board-clock", "#board-heading-serving",
                "#board-serving", "#board-heading-recent", "#board-recent", "#board-heading-waiting", "#board-waiting",
                "#board-connection", "#board-leave")).as("outside the window, %s", when).isEmpty();
        assertThat(wordsBroken()).as("words broken across lines, %s", when).isEmpty();
    }

    /** Service names and calls whose longest word is wider than their label: wrapping would split it. */
    private static List<String> wordsBroken() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".board-service, .board-recent-line").stream())
                    .map(node -> (javafx.scene.control.Label) node)
                    .filter(label -> java.util.Arrays.stream(label.getText().split("\\s+")).anyMatch(word -> {
                        javafx.scene.text.Text drawn = new javafx.scene.text.Text(word);
                        drawn.setFont(label.getFont());
                        double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
                        return drawn.getLayoutBounds().getWidth() > room + 0.5;
                    }))
                    .map(label -> label.getText() + " in " + (int) label.getWidth() + " px").toList()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("cannot read the board", e);
        }
    }

    @Test
    void onAPcWithOneScreenTheBoardOpensHereAndEscGoesBackToTheChooser(FxRobot robot) throws Exception {
        open(1366, 768, "id", d -> d);
        robot.clickOn("#open-board");
        waitUntil(() -> robot.lookup("#board-view").tryQuery().isPresent());
        long windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing).count())
                .get();
        assertThat(windows).as("no second window to get lost behind").isEqualTo(1);

        key(robot, KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#open-board").tryQuery().isPresent());
        robot.clickOn("#open-board");
        waitUntil(() -> robot.lookup("#board-leave").tryQuery().isPresent());
        robot.clickOn("#board-leave");
        waitUntil(() -> robot.lookup("#face-ticket").tryQuery().isPresent());
    }

    @Test
    void inKioskModeOnlyASupervisorLeavesTheBoard(FxRobot robot) throws Exception {
        open(1366, 768, "id", BoardFaceUiTest::kioskMode);
        robot.clickOn("#open-board");
        waitUntil(() -> robot.lookup("#board-leave").tryQuery().isPresent());
        robot.clickOn("#board-leave");

        waitUntil(() -> robot.lookup("#login-username").tryQuery().isPresent());
        assertThat(robot.lookup("#face-ticket").tryQuery()).as("not back without a supervisor").isEmpty();
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup("#face-ticket").tryQuery().isPresent());
    }

    @Test
    void aCounterWhoseAgentLogsOutShowsClosedInsteadOfItsLastTicket(FxRobot robot) throws Exception {
        open(1366, 768, "id", d -> d);
        app.queue().tickets().issue("INFORMASI", Lane.REGULAR);
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        key(robot, KeyCode.F2);
        waitUntil(() -> "D-001".equals(text(robot, "#counter-current-ticket")));

        robot.clickOn("#counter-logout");
        waitUntil(() -> robot.lookup("#open-board").tryQuery().isPresent());
        robot.clickOn("#open-board");

        waitUntil(() -> texts(robot, ".board-ticket").equals(List.of("Tutup", "—", "—", "—")));
        // The call itself is history and stays among the last calls.
        assertThat(texts(robot, ".board-recent-line")).containsExactly("D-001 → Loket 1");
    }

    /** The real dependencies, in kiosk mode. */
    private static ShellDependencies kioskMode(ShellDependencies d) {
        return Records.with(d, "frame", Records.with(d.frame(), "kioskMode", true));
    }
}
