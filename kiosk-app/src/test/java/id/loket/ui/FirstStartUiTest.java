package id.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.app.AppContext;
import id.loket.app.KioskApplication;
import id.loket.service.LoginService;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
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

/** A new office install: no demo data, no account; the first start makes the supervisor. */
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {

    @TempDir
    static Path dir;
    private AppContext app;
    private Background background;

    @Start
    void start(Stage stage) {
        app = TestApps.open(dir.resolve("new-" + System.nanoTime()));
        background = new Background(Platform::runLater);
        ShellView shell = new ShellView(KioskApplication.dependencies(app, background));
        Scene scene = new Scene(shell.root(), 1400, 900);
        Styles.apply(scene, false);
        stage.setScene(scene);
        shell.start(ShellView.Face.CHOOSER);
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
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
        assertThat(app.login().login("lurah.gb", "582047".toCharArray()))
                .isInstanceOfSatisfying(LoginService.LoggedIn.class,
                        in -> assertThat(in.agent().role().mayUseOffice()).isTrue());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            // Asked on the FX thread: reading the scene graph from the test thread races with the screen.
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
