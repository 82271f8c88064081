package id.loket.ui.counter;

import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.domain.queue.Lane;
import id.loket.support.KioskUi;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter console as the agent sees it 300 times a day: a ticket called and a household to
 * register on screen, at the commonest counter PC (1366x768), a small one (1024x768) and a large
 * one (1920x1080), in both languages. Set {@code -Dloket.shots=DIR} to keep a picture of each.
 */
@ExtendWith(ApplicationExtension.class)
class CounterLayoutUiTest {

    /** Everything the registration needs, from the NIK to Save. */
    private static final String[] WHOLE_REGISTRATION = {"#nik-field", "#identity-name", "#identity-birth-date",
            "#identity-sex", "#household-status", "#consent-check", "#consent-refuse", "#path-OLEH_AGEN",
            "#path-MANDIRI_IKD", "#ikd-state", "#phone-field", "#outcome-BERHASIL", "#outcome-GAGAL",
            "#outcome-PERLU_TINDAK_LANJUT", "#portal-reference", "#registration-save"};

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

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1366, 768, id", "1366, 768, en"})
    void theWholeRegistrationFitsWithoutScrollingOnTheCommonestCounterPc(int width, int height, String language,
                                                                          FxRobot robot) {
        householdToRegister(robot, width, height, language);

        assertThat(ScreenFit.outsideWindow(kiosk.scene(), WHOLE_REGISTRATION)).isEmpty();
        assertThat(ScreenFit.cutWords()).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1024, 768, id", "1024, 768, en"})
    void onASmallScreenTheFormScrollsButSaveStaysInView(int width, int height, String language, FxRobot robot) {
        householdToRegister(robot, width, height, language);

        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#registration-save", "#registration-message-bar",
                "#nik-field", "#consent-check")).isEmpty();
        assertThat(ScreenFit.cutWords()).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1366, 768, id", "1366, 768, en", "1024, 768, id", "1024, 768, en"})
    void aRefusedSaveMarksItsFieldsAndSaveAndTheMessageStayInViewWithTheirWordsWhole(int width, int height,
                                                                                     String language, FxRobot robot) {
        householdToRegister(robot, width, height, language);

        KioskUi.key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#consent-check").query().getStyleClass().contains("blocks-save"));
        WaitForAsyncUtils.waitForFxEvents();
        keepPicture("refused-" + width + "x" + height + "-" + language);

        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#registration-save", "#registration-message-bar",
                "#registration-message", "#nik-field")).isEmpty();
        assertThat(ScreenFit.cutWords()).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1366, 768, id", "1366, 768, en", "1024, 768, id", "1024, 768, en"})
    void aWalkInsControlsAreInViewWithTheirWordsWhole(int width, int height, String language, FxRobot robot) {
        AppContext app = loggedIn(robot, width, height, language);
        ((SimulatedCardReader) app.peripherals().deviceDrivers().cardReader()).insert(IdentityRecord
                .builder(IdentitySource.VENDOR_BRIDGE).nik("6471051203609876").name("WARGA PENDATANG").build());
        waitUntil(() -> robot.lookup("#walkin-rt").query().isFocused());
        WaitForAsyncUtils.waitForFxEvents();
        keepPicture("walkin-" + width + "x" + height + "-" + language);

        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#walkin-rt", "#walkin-add", "#walkin-hint",
                "#registration-save")).isEmpty();
        assertThat(ScreenFit.cutWords()).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1920, 1080, id"})
    void onALargeScreenTheConsoleUsesTheRoomWithBiggerType(int width, int height, String language, FxRobot robot) {
        householdToRegister(robot, width, height, language);

        assertThat(ScreenFit.outsideWindow(kiosk.scene(), WHOLE_REGISTRATION)).isEmpty();
        assertThat(ScreenFit.cutWords()).isEmpty();
        // The style class follows the window's size on the next layout pass, and the type with it.
        waitUntil(() -> ((Label) robot.lookup("#counter-registration-title").query()).getFont().getSize() > 22);
        double typeAtLarge = onFx(() -> ((Label) robot.lookup("#counter-registration-title").query()).getFont().getSize());
        double consentAtLarge = onFx(() -> ((javafx.scene.control.CheckBox) robot.lookup("#consent-check").query())
                .getFont().getSize());
        assertThat(typeAtLarge).as("section titles grow").isGreaterThan(22);
        assertThat(consentAtLarge).as("the form's words grow").isGreaterThan(18);
        double formRight = onFx(() -> {
            Node form = robot.lookup("#counter-form").query();
            return form.localToScene(form.getLayoutBounds()).getMaxX();
        });
        assertThat(formRight).as("the form reaches across the screen, no small island").isGreaterThan(width - 60);
    }

    /** Logs in at that size and language, calls a ticket and reads an unregistered head's card. */
    private void householdToRegister(FxRobot robot, int width, int height, String language) {
        AppContext app = loggedIn(robot, width, height, language);
        ((SimulatedCardReader) app.peripherals().deviceDrivers().cardReader()).insert(IdentityRecord
                .builder(IdentitySource.VENDOR_BRIDGE).nik(kiosk.unregisteredNiks().get(0)).name("WARGA UJI").build());
        waitUntil(() -> !((Button) robot.lookup("#registration-save").query()).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        keepPicture(width + "x" + height + "-" + language);
    }

    /** Logs in at that size and language and calls a ticket. */
    private AppContext loggedIn(FxRobot robot, int width, int height, String language) {
        AppContext app = TestApps.withDemoData(dir.resolve("layout-" + System.nanoTime()), 300,
                "ui.language", language);
        kiosk = onFx(() -> StartedKiosk.launch(app).size(width, height).showing(ShellView.Face.CHOOSER).on(stage));
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        openCounter(robot);
        KioskUi.key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(((Label) robot.lookup("#counter-current-ticket").query()).getText()));
        return app;
    }

    private void keepPicture(String name) {
        String shots = System.getProperty("loket.shots");
        if (shots == null) {
            return;
        }
        Node root = kiosk.scene().getRoot();
        var image = onFx(() -> kiosk.scene().snapshot(null));
        try {
            Files.createDirectories(Path.of(shots));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(shots, "counter-" + name + ".png").toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot keep the picture of " + root, e);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
