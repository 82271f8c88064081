package id.loket.ui;

import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.service.security.LoginService;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new office install: no demo data, no account; the first start makes the supervisor. */
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;

    @Start
    void start(Stage stage) {
        app = TestApps.open(dir.resolve("new-" + System.nanoTime()));
        kiosk = StartedKiosk.launch(app).size(1400, 900).startingAt(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void theFirstStartMakesTheSupervisorAndThenOpensTheChooser(FxRobot robot) {
        waitUntil(() -> robot.lookup("#first-username").tryQuery().isPresent());
        robot.clickOn("#first-username").write("lurah.gb");
        robot.clickOn("#first-name").write("Ibu Lurah Gunung Bahagia");
        robot.clickOn("#first-pin").write("1234");
        robot.clickOn("#first-pin-again").write("1234");
        robot.clickOn("#first-create");
        waitUntil(() -> text(robot, "#first-message").contains("angka"));

        robot.clickOn("#first-pin").write("582047");
        robot.clickOn("#first-pin-again").write("582047");
        robot.clickOn("#first-create");
        waitUntil(() -> robot.lookup("#face-office").tryQuery().isPresent());
        assertThat(app.security().login().login("lurah.gb", "582047".toCharArray()))
                .isInstanceOfSatisfying(LoginService.LoggedIn.class,
                        in -> assertThat(in.agent().role().mayUseOffice()).isTrue());
    }
}
