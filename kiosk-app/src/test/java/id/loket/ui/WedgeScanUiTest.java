package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A keyboard-wedge scanner: a fast burst ended by Enter is a scan; a person's typing is left alone. */
@ExtendWith(ApplicationExtension.class)
class WedgeScanUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private Scene scene;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("wedge-" + System.nanoTime()), 100,
                "device.scanner", "keyboard-wedge", "device.scanner.max-gap-ms", "50");
        // No stylesheet, as this test always ran: it is about key events reaching the scene, not looks.
        kiosk = StartedKiosk.launch(app).size(1400, 900).unstyled()
                .withScene(scene -> assertThat(ScanKeyFilter.installIfNeeded(scene,
                app.peripherals().devices())).isTrue())
                .showing(ShellView.Face.COUNTER).on(stage);
        scene = kiosk.scene();
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void aBurstEndedByEnterIsAScanThatFillsTheNikWhereverTheCursorWas(FxRobot robot) {
        logInAsAgent(robot);
        String nik = kiosk.unregisteredNiks().get(0);
        robot.clickOn(robot.from(scene.getRoot()).lookup("#outcome-note").queryAs(Node.class));
        // As a wedge scanner types: every key a few microseconds after the last, then Enter.
        robot.interact(() -> {
            Node field = scene.getFocusOwner();
            for (char c : nik.toCharArray()) {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "\r", "", KeyCode.ENTER,
                    false, false, false, false));
        });
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        assertThat(robot.lookup("#nik-field").queryTextInputControl().getText()).isEqualTo(nik);
        assertThat(robot.lookup("#outcome-note").queryTextInputControl().getText())
                .as("the code's keys are taken back out of the field they went to").isEmpty();
    }

    @Test
    void typingAtAPersonsPaceStaysTyping(FxRobot robot) {
        logInAsAgent(robot);
        robot.clickOn(robot.from(scene.getRoot()).lookup("#outcome-note").queryAs(Node.class));
        for (char c : "catatan".toCharArray()) {
            robot.write(c);
            robot.sleep(120);
        }
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#outcome-note").queryTextInputControl().getText()).isEqualTo("catatan");
        assertThat(robot.lookup("#nik-field").queryTextInputControl().getText()).isEmpty();
    }

    /** The shell opens on the counter face, so the login form is already there. */
    private void logInAsAgent(FxRobot robot) {
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
