package id.loket.ui;

import static id.loket.support.KioskUi.visibleText;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.notice.NoticeDraft;
import id.loket.service.security.LoginService;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * A notice in force shows on the ticket screen above the choices and runs along the board: whole, never
 * cut with an ellipsis, inside the window at 1366x768 and 1024x768.
 */
@ExtendWith(ApplicationExtension.class)
class ServiceNoticesUiTest {

    private static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1024, 768});
    private static final String FIRST = "Jumat 5 Juni pelayanan hanya sampai pukul 11.00 karena rapat kelurahan";
    private static final String SECOND = "Mulai 8 Juni fotokopi KK tidak diperlukan lagi untuk pendaftaran Perlinsos";

    @TempDir
    Path dir;
    private StartedKiosk kiosk;
    private Stage stage;

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

    private AppContext withNotices(FxRobot robot, ShellView.Face face) {
        AppContext app = TestApps.withDemoData(dir, 30);
        Agent lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        LocalDate today = LocalDate.of(2026, 6, 4);
        for (String text : List.of(FIRST, SECOND)) {
            app.queue().notices().write(new NoticeDraft(text, Optional.of(today), Optional.of(today.plusDays(4))),
                    lurah);
        }
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(1366, 768).showing(face).on(stage));
        return app;
    }

    @Test
    void theTicketScreenShowsTheNoticesWholeAboveTheChoices(FxRobot robot) {
        withNotices(robot, ShellView.Face.TICKET);

        waitUntil(() -> visibleText(robot, "#ticket-notices-text").contains(SECOND));

        Label ticker = robot.lookup("#ticket-notices-text").queryAs(Label.class);
        assertThat(ticker.getText()).isEqualTo(FIRST + Ticker.SEPARATOR + SECOND);
        double first = ticker.getTranslateX();
        waitUntil(() -> ticker.getTranslateX() != first);
        for (int[] size : SIZES) {
            resize(robot, size);
            String where = size[0] + "x" + size[1];
            assertThat(ScreenFit.cutWords()).as(where).isEmpty();
            assertThat(ScreenFit.outsideWindow(stage.getScene(), "#ticket-notices", "#ticket-office", "#ticket-menu",
                    "#service-PERLINSOS", "#service-INFORMASI")).as(where).isEmpty();
            assertThat(ticker.getWidth()).as(where).isGreaterThanOrEqualTo(ticker.prefWidth(-1) - 0.5);
        }
    }

    @Test
    void theBoardRunsTheNoticesAlongItsBottomWithEveryWordDrawn(FxRobot robot) {
        withNotices(robot, ShellView.Face.CHOOSER);
        robot.clickOn("#open-board");

        waitUntil(() -> visibleText(robot, "#board-ticker-text").contains(SECOND));
        Label ticker = robot.lookup("#board-ticker-text").queryAs(Label.class);
        assertThat(ticker.getText()).isEqualTo(FIRST + Ticker.SEPARATOR + SECOND);
        double first = ticker.getTranslateX();
        waitUntil(() -> ticker.getTranslateX() != first);

        for (int[] size : SIZES) {
            resize(robot, size);
            String where = size[0] + "x" + size[1];
            Scene scene = stage.getScene();
            assertThat(ScreenFit.cutWords()).as(where).isEmpty();
            assertThat(ScreenFit.outsideWindow(scene, "#board-ticker", "#board-serving", "#board-waiting",
                    "#board-connection", "#board-leave")).as(where).isEmpty();
            // The running line keeps the width its words need: it moves, it is never shortened.
            assertThat(ticker.getWidth()).as(where).isGreaterThanOrEqualTo(ticker.prefWidth(-1) - 0.5);
        }
    }

    private void resize(FxRobot robot, int[] size) {
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
