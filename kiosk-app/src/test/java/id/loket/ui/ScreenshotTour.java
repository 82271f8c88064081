package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.waitUntil;

import id.loket.wiring.AppContext;
import id.loket.domain.queue.Lane;
import id.loket.support.OfficeTabs;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the tour that takes {@code docs/screenshots/}, run by {@code docs/screenshots/take.sh}
 * (its name keeps it out of the normal test run). It walks the faces as an office uses them, on a
 * fresh demo database, and writes what the window shows, found by the controls' ids rather than by
 * screen positions, so a new layout needs no new coordinates. Size and language come from the
 * properties {@code tour.size} (e.g. {@code 1366x768}), {@code tour.language} and {@code tour.out}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    @TempDir
    static Path dir;
    private Stage stage;
    private StartedKiosk kiosk;
    private AppContext app;
    private final Path out = Path.of(System.getProperty("tour.out", "target/screenshots"));
    private final String suffix = System.getProperty("tour.suffix", "");

    @Start
    void start(Stage stage) {
        this.stage = stage;
        String[] size = System.getProperty("tour.size", "1366x768").split("x");
        app = TestApps.withDemoData(dir.resolve("tour"), 1500, "device.printer", "simulated",
                "ui.language", System.getProperty("tour.language", "id"));
        kiosk = StartedKiosk.launch(app).size(Integer.parseInt(size[0]), Integer.parseInt(size[1]))
                .showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void walkTheFaces(FxRobot robot) throws IOException {
        Files.createDirectories(out);
        settle();
        shot("chooser");

        robot.clickOn("#face-ticket");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
        shot("ticket");
        robot.clickOn("#service-PERLINSOS");
        waitUntil(() -> robot.lookup("#lane-regular").tryQuery().isPresent());
        shot("ticket-lanes");
        robot.clickOn("#lane-regular");
        waitUntil(() -> robot.lookup("#ticket-number").tryQuery().isPresent());
        settle();
        shot("ticket-issued");

        app.queue().tickets().issue("PERLINSOS", Lane.PRIORITY);
        show(robot, ShellView.Face.COUNTER);
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        settle();
        shot("counter-queue");
        robot.press(KeyCode.F2).release(KeyCode.F2);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> robot.lookup("#household-status").tryQuery().isPresent());
        settle();
        shot("counter-household");
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-BERHASIL");
        settle();
        shot("counter-registration");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();
        shot("counter");
        // The person page of the resident just served: everything recorded here for that NIK.
        robot.press(KeyCode.F6).release(KeyCode.F6);
        waitUntil(() -> robot.lookup("#person-section-perlinsos").tryQuery().isPresent());
        settle();
        shot("counter-person");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        // The other services' forms: a pekerja rentan proposal (C) and the information counter (D).
        app.queue().tickets().issue("PEKERJA_RENTAN", Lane.REGULAR);
        callUntil(robot, "C-");
        waitUntil(() -> shown(robot, "#jkk-nik"));
        robot.clickOn("#jkk-nik").write(kiosk.unregisteredNiks().get(1));
        robot.clickOn("#jkk-name").write("Budi Santoso");
        robot.clickOn("#jkk-income").write("2000000");
        settle();
        shot("counter-pekerja-rentan");
        app.queue().tickets().issue("INFORMASI", Lane.REGULAR);
        callUntil(robot, "D-");
        waitUntil(() -> shown(robot, "#complaint-form"));
        settle();
        shot("counter-information");

        show(robot, ShellView.Face.OFFICE);
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup(".tab-pane").tryQuery().isPresent());
        settle();
        shot("office");
        OfficeTabs.every(robot, ScreenshotTour::settle, tab -> {
            if (tab.getId() == null || !tab.getId().contains("group")) {
                // A group shows its first tab, which is taken on its own.
                shot("office-" + (tab.getId() == null ? "tab" : tab.getId().replaceFirst("^tab-", "")));
            }
        });

        show(robot, ShellView.Face.BOARD);
        settle();
        shot("board");

        show(robot, ShellView.Face.SURVEY);
        waitUntil(() -> robot.lookup("#survey-service-PERLINSOS").tryQuery().isPresent());
        settle();
        shot("survey");
        robot.clickOn("#survey-service-PERLINSOS");
        waitUntil(() -> robot.lookup("#survey-answer-3").tryQuery().isPresent());
        settle();
        shot("survey-question");
    }

    /**
     * Calls the next ticket (F2) until the one at the desk has that letter: the tour's earlier tickets
     * wait before it. Work typed and not saved is let go when the counter asks.
     */
    private static void callUntil(FxRobot robot, String letter) {
        for (int tries = 0; tries < 5 && !atDesk(robot).startsWith(letter); tries++) {
            String before = atDesk(robot);
            robot.press(KeyCode.F2).release(KeyCode.F2);
            waitUntil(() -> !before.equals(atDesk(robot)) || shown(robot, "#unsaved-discard"));
            if (shown(robot, "#unsaved-discard")) {
                robot.clickOn("#unsaved-discard");
                waitUntil(() -> !before.equals(atDesk(robot)));
            }
            settle();
        }
    }

    private static String atDesk(FxRobot robot) {
        return robot.lookup("#counter-current-ticket").tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(ScreenFit::showing).orElse(false);
    }

    private void show(FxRobot robot, ShellView.Face face) {
        robot.interact(() -> kiosk.shell().show(face));
        settle();
    }

    private static void settle() {
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) {
        Path file = out.resolve(name + suffix + ".png");
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
            BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("cannot take " + file, e);
        }
        System.out.println("screenshot " + file);
    }
}
