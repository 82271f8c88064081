package id.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.app.AppContext;
import id.loket.app.KioskApplication;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
    private AppContext app;
    private Background background;
    private Scene scene;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("wedge-" + System.nanoTime()), 100,
                "device.scanner", "keyboard-wedge", "device.scanner.max-gap-ms", "50");
        background = new Background(Platform::runLater);
        ShellView shell = new ShellView(KioskApplication.dependencies(app, background));
        scene = new Scene(shell.root(), 1400, 900);
        assertThat(ScanKeyFilter.installIfNeeded(scene, app.devices())).isTrue();
        stage.setScene(scene);
        shell.show(ShellView.Face.COUNTER);
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void aBurstEndedByEnterIsAScanThatFillsTheNikWhereverTheCursorWas(FxRobot robot) {
        logIn(robot);
        String nik = unregisteredNik();
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
        logIn(robot);
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

    private void logIn(FxRobot robot) {
        waitUntil(() -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write("agen1");
        robot.clickOn("#login-pin").write("111111");
        robot.clickOn("#login-submit");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String unregisteredNik() {
        StringWriter csv = new StringWriter();
        try {
            app.householdExport().write(csv, "test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return csv.toString().lines().skip(1).filter(l -> l.endsWith(",no")).findFirst().orElseThrow().split(",")[1];
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
