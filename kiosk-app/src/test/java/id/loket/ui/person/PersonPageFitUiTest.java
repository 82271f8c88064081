package id.loket.ui.person;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.registration.FailureReason;
import id.loket.support.CaseworkFixtures;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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
 * The person page fits the counter's window at 1366x768 and 1024x768, in Indonesian and English: every
 * word whole, the NIK field, Show, Back and the first programme's records inside the window, and the SSN
 * form's Save reached by the cursor inside it too.
 */
@ExtendWith(ApplicationExtension.class)
class PersonPageFitUiTest {

    private static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1024, 768});

    @TempDir
    static Path dir;
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

    @Test
    void inIndonesian(FxRobot robot) {
        fitsAtBothSizes(robot, "id");
    }

    @Test
    void inEnglish(FxRobot robot) {
        fitsAtBothSizes(robot, "en");
    }

    private void fitsAtBothSizes(FxRobot robot, String language) {
        AppContext app = TestApps.withDemoData(dir.resolve("fit-" + language + "-" + System.nanoTime()), 60,
                "ui.language", language, "ssn.card-requests", "true");
        CaseworkFixtures fixtures = new CaseworkFixtures(app);
        String nik = fixtures.unregistered().get(0).nik();
        var pending = fixtures.followUp(nik, "KK tidak terbawa", LocalDate.of(2026, 6, 20));
        app.lists().casework().followUps().setDueOn(pending.id(), Optional.of(LocalDate.of(2026, 6, 22)), "lurah");
        fixtures.failed(nik, FailureReason.PORTAL_DOWN, "portal mati");
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.CHOOSER)
                .on(stage));
        openCounter(robot);
        robot.clickOn("#nik-field").write(nik);
        key(robot, KeyCode.F6);
        waitUntil(() -> robot.lookup("#person-section-casework").tryQuery().isPresent());

        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String where = language + " at " + size[0] + "x" + size[1];
            Scene scene = stage.getScene();
            assertThat(scene.getWidth()).as(where).isLessThanOrEqualTo(size[0]);
            assertThat(ScreenFit.cutWords()).as(where).isEmpty();
            assertThat(ScreenFit.outsideWindow(scene, "#person-title", "#person-nik", "#person-open", "#person-back",
                    "#person-who", "#person-section-perlinsos")).as(where).isEmpty();
            robot.interact(() -> robot.lookup("#ssn-save").query().requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ScreenFit.outsideWindow(scene, "#ssn-save", "#ssn-phone")).as(where).isEmpty();
            robot.interact(() -> robot.lookup("#person-nik").query().requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            if (System.getProperty("person.snapshot") != null) {
                snapshot(robot, scene, language + "-" + size[0]);
            }
        }
    }

    private static void snapshot(FxRobot robot, Scene scene, String name) {
        robot.interact(() -> {
            var image = scene.snapshot(null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        Path.of(System.getProperty("person.snapshot"), "person-" + name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
