package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.support.Records;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellDependencies;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Kiosk mode and the idle lock: what keeps a counter PC in a public room safe when nobody watches it. */
@ExtendWith(ApplicationExtension.class)
class KioskSafetyUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private final AtomicBoolean closed = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("kiosk-" + System.nanoTime()), 50);
        kiosk = StartedKiosk.launch(app).size(1400, 900).dependencies(KioskSafetyUiTest::kioskWithQuickLock)
                .withShell(shell -> shell.onClose(() -> closed.set(true))).showing(ShellView.Face.CHOOSER).on(stage);
    }

    /** The real dependencies, in kiosk mode and with a lock after less than a second of quiet. */
    private static ShellDependencies kioskWithQuickLock(ShellDependencies d) {
        return Records.with(d, "frame",
                Records.with(Records.with(d.frame(), "agentIdleLock", Duration.ofMillis(800)), "kioskMode", true));
    }

    @AfterEach
    void close() {
        kiosk.close();
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
}
