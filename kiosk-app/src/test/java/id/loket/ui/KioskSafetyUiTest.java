package id.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.app.AppContext;
import id.loket.app.KioskApplication;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellDependencies;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

/** Kiosk mode and the idle lock: what keeps a counter PC in a public room safe when nobody watches it. */
@ExtendWith(ApplicationExtension.class)
class KioskSafetyUiTest {

    @TempDir
    static Path dir;
    private AppContext app;
    private Background background;
    private final AtomicBoolean closed = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("kiosk-" + System.nanoTime()), 50);
        background = new Background(Platform::runLater);
        ShellView shell = new ShellView(kioskWithQuickLock(KioskApplication.dependencies(app, background)));
        shell.onClose(() -> closed.set(true));
        Scene scene = new Scene(shell.root(), 1400, 900);
        Styles.apply(scene, false);
        stage.setScene(scene);
        shell.show(ShellView.Face.CHOOSER);
        stage.show();
    }

    /** The real dependencies, in kiosk mode and with a lock after less than a second of quiet. */
    private static ShellDependencies kioskWithQuickLock(ShellDependencies d) {
        return new ShellDependencies(d.texts(), d.officeName(), d.kelurahanCode(), d.residentIdle(),
                Duration.ofMillis(800), true,
                d.tickets(), d.counter(), d.lookup(), d.registrations(), d.login(), d.progress(), d.reports(),
                d.schedules(), d.rtListImport(), d.auditTrail(), d.backups(), d.today(), d.background(), d.devices(),
                d.printouts(), d.accounts(), d.startupChecks(), d.board(), d.announcer(), d.casework());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void anIdleConsoleLocksAndOnlyTheAgentsPinOpensItWithNothingLost(FxRobot robot) {
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        robot.clickOn("#nik-field").write("6471");
        waitUntil(() -> robot.lookup("#lock-overlay").query().isVisible());
        assertThat(robot.lookup("#counter-view").query().isVisible()).as("the console is hidden").isFalse();

        robot.clickOn("#unlock-pin").write("222222");
        robot.clickOn("#unlock-submit");
        waitUntil(() -> text(robot, "#lock-message").contains("salah"));
        assertThat(robot.lookup("#lock-overlay").query().isVisible()).isTrue();

        robot.clickOn("#unlock-pin").write("111111");
        robot.clickOn("#unlock-submit");
        waitUntil(() -> !robot.lookup("#lock-overlay").query().isVisible());
        assertThat(robot.lookup("#nik-field").queryTextInputControl().getText()).isEqualTo("6471");
    }

    @Test
    void inKioskModeOnlyASupervisorClosesLoket(FxRobot robot) {
        robot.clickOn("#app-exit");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> text(robot, "#login-message").contains("supervisor"));
        assertThat(closed).isFalse();
        robot.lookup("#login-username").queryTextInputControl();
        robot.interact(() -> robot.lookup("#login-username").queryTextInputControl().clear());
        logIn(robot, "lurah", "999999");
        waitUntil(closed::get);
    }

    private void logIn(FxRobot robot, String user, String pin) {
        waitUntil(() -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write(user);
        robot.clickOn("#login-pin").write(pin);
        robot.clickOn("#login-submit");
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
