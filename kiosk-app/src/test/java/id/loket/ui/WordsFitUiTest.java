package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.sim.SimulatedSound;
import id.loket.domain.queue.Lane;
import id.loket.support.OfficeTabs;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No word cut short on any face, at the commonest counter PC's screen and at the smallest one, in
 * both languages: every visible label, button, column header and tab shows its whole text. Walks
 * the faces as an office uses them (chooser, resident screen, counter with a resident at the desk,
 * every office tab, the board) and lists every cut it finds, so one run names them all.
 */
@ExtendWith(ApplicationExtension.class)
class WordsFitUiTest {

    @TempDir
    static Path dir;
    private Stage stage;
    private StartedKiosk kiosk;

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

    @ParameterizedTest(name = "{0}x{1}, {2}")
    @CsvSource({"1366, 768, id", "1366, 768, en", "1024, 768, id", "1024, 768, en"})
    void noFaceShowsWordsCutShort(int width, int height, String language, FxRobot robot) {
        AppContext app = TestApps.withDemoData(dir.resolve(language + width + "-" + System.nanoTime()), 120,
                "device.printer", "simulated", "ui.language", language);
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(width, height).showing(ShellView.Face.CHOOSER)
                .on(stage));
        Set<String> cut = new LinkedHashSet<>();

        note(cut, "chooser");
        robot.clickOn("#face-ticket");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
        note(cut, "resident screen, services");
        robot.clickOn("#service-PERLINSOS");
        waitUntil(() -> robot.lookup("#lane-regular").tryQuery().isPresent());
        note(cut, "resident screen, lanes");

        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        show(robot, ShellView.Face.COUNTER);
        note(cut, "login");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        note(cut, "counter, no resident");
        robot.press(KeyCode.F2).release(KeyCode.F2);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> robot.lookup("#household-status").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        note(cut, "counter, resident at the desk");

        show(robot, ShellView.Face.OFFICE);
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup(".tab-pane").tryQuery().isPresent());
        OfficeTabs.every(robot, () -> WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS),
                tab -> note(cut, "office tab " + (tab.getId() == null ? tab.getText() : tab.getId())));

        show(robot, ShellView.Face.BOARD);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        note(cut, "board");

        assertThat(cut).as("words cut short at %dx%d in %s", width, height, language).isEmpty();
    }

    /**
     * The checks under the faces with their longest warning (a PC without sound output says what to do in a
     * whole sentence): every line shows whole, inside the window.
     */
    @ParameterizedTest(name = "{0}x{1}, {2}")
    @CsvSource({"1366, 768, id", "1366, 768, en", "1024, 768, id", "1024, 768, en"})
    void theStartUpWarningsUnderTheFacesAreReadWhole(int width, int height, String language, FxRobot robot) {
        AppContext app = TestApps.withDemoData(dir.resolve("checks-" + language + width + "-" + System.nanoTime()),
                20, "ui.language", language);
        ((SimulatedSound) app.peripherals().deviceDrivers().sound()).noAudio();
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(width, height).showing(ShellView.Face.CHOOSER)
                .on(stage));

        waitUntil(() -> robot.lookup(".preflight-warning").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenFit.cutWords()).as("words cut at %dx%d in %s", width, height, language).isEmpty();
        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#preflight", "#face-office", "#app-exit")).isEmpty();
    }

    private void show(FxRobot robot, ShellView.Face face) {
        robot.interact(() -> kiosk.shell().show(face));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void note(Set<String> cut, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        ScreenFit.cutWords().forEach(line -> cut.add(where + ": " + line));
    }
}
