package id.loket.ui.counter;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.domain.queue.Lane;
import id.loket.domain.registration.IkdState;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * The counter console from the keyboard alone, on the small screen where the work area scrolls
 * (1024x768): Tab follows the form, drop-downs open with Space and Enter, F2 starts at the top in the
 * NIK field, and a refused save says why beside Save and puts the cursor where the fix is.
 */
@ExtendWith(ApplicationExtension.class)
class CounterKeyboardUiTest {

    @TempDir
    static Path dir;
    private AppContext app;
    private StartedKiosk kiosk;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("keys-" + System.nanoTime()), 300);
        kiosk = StartedKiosk.launch(app).size(1024, 768).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void afterF2TheFormIsAtTheTopWithTheCursorInTheNikField(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(((Label) robot.lookup("#counter-current-ticket").query()).getText()));
        robot.interact(() -> {
            robot.lookup("#counter-body").queryAs(ScrollPane.class).setVvalue(1);
            robot.lookup("#portal-reference").query().requestFocus();
        });

        key(robot, KeyCode.F2);
        waitUntil(() -> "A-002".equals(((Label) robot.lookup("#counter-current-ticket").query()).getText()));

        waitUntil(() -> robot.lookup("#nik-field").query().isFocused());
        assertThat(onFx(() -> robot.lookup("#counter-body").queryAs(ScrollPane.class).getVvalue())).isZero();
        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#nik-field")).isEmpty();
    }

    @Test
    void tabWalksTheFormFromTopToBottom(FxRobot robot) {
        householdToRegister(robot);
        robot.interact(() -> robot.lookup("#nik-field").query().requestFocus());

        List<String> walked = new ArrayList<>();
        for (int i = 0; i < 40 && !walked.contains("registration-save"); i++) {
            key(robot, KeyCode.TAB);
            String focused = onFx(() -> {
                Node owner = kiosk.scene().getFocusOwner();
                return owner == null || owner.getId() == null ? "" : owner.getId();
            });
            // A group of radio buttons is one stop, whichever of its buttons holds the cursor.
            String stop = focused.startsWith("path-") ? "path"
                    : focused.startsWith("outcome-") && !focused.equals("outcome-note") ? "outcome" : focused;
            if (!stop.isEmpty() && (walked.isEmpty() || !walked.get(walked.size() - 1).equals(stop))) {
                walked.add(stop);
            }
        }

        assertThat(walked).containsSubsequence("identity-name", "identity-birth-date", "identity-sex",
                "consent-check", "consent-refuse", "path", "ikd-state", "phone-field", "outcome", "outcome-note",
                "portal-reference", "registration-save");
    }

    @Test
    void aDropDownOpensWithSpaceAndWithEnterAndEnterPicks(FxRobot robot) {
        householdToRegister(robot);
        ComboBox<?> ikd = robot.lookup("#ikd-state").queryComboBox();
        robot.interact(ikd::requestFocus);

        key(robot, KeyCode.SPACE);
        waitUntil(ikd::isShowing);
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> !ikd.isShowing());
        key(robot, KeyCode.ENTER);
        waitUntil(ikd::isShowing);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);

        waitUntil(() -> !ikd.isShowing());
        assertThat(ikd.getValue()).isNotEqualTo(IkdState.NOT_ASKED);
        assertThat(robot.lookup("#registration-message").queryAs(Label.class).getText())
                .as("Enter on the list picked; it did not save").isEmpty();
    }

    @Test
    void aRefusedSaveSaysWhyBesideSaveAndPutsTheCursorOnTheFirstFieldToFix(FxRobot robot) {
        householdToRegister(robot);
        robot.interact(() -> robot.lookup("#nik-field").query().requestFocus());

        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#consent-check").query().isFocused());
        assertThat(message(robot)).contains("Persetujuan warga belum dicentang").contains("Hasil di portal belum dipilih");
        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#registration-message", "#consent-check")).isEmpty();

        key(robot, KeyCode.SPACE);
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#outcome-BERHASIL").query().isFocused()
                && message(robot).startsWith("Hasil di portal belum dipilih"));

        robot.clickOn("#outcome-GAGAL");
        robot.interact(() -> robot.lookup("#nik-field").query().requestFocus());
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#failure-reason").query().isFocused());
        assertThat(message(robot)).contains("Hasil “Gagal” perlu alasan");
        assertThat(ScreenFit.outsideWindow(kiosk.scene(), "#registration-message", "#failure-reason",
                "#registration-save")).isEmpty();

        robot.clickOn("#path-MANDIRI_IKD");
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#ikd-state").query().isFocused());
        assertThat(message(robot)).startsWith("Status IKD belum ditanyakan");
    }

    @Test
    void aDoubleEnterOnTheRefusalRecordsNothingAndEscGoesBack(FxRobot robot) {
        householdToRegister(robot);
        robot.interact(() -> robot.lookup("#consent-refuse").query().requestFocus());

        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.registration().registrations().refusalsToday()).as("the second Enter answered 'back'").isZero();
        assertThat(robot.lookup("#nik-field").queryTextInputControl().getText()).isNotEmpty();

        key(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#consent-refuse-back").query().isFocused());
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#consent-refuse").query().isFocused());
        assertThat(app.registration().registrations().refusalsToday()).isZero();
    }

    private static String message(FxRobot robot) {
        return onFx(() -> robot.lookup("#registration-message").queryAs(Label.class).getText());
    }

    /** Logs in, calls a ticket and reads an unregistered head's card. */
    private void householdToRegister(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(((Label) robot.lookup("#counter-current-ticket").query()).getText()));
        ((SimulatedCardReader) app.peripherals().deviceDrivers().cardReader()).insert(IdentityRecord
                .builder(IdentitySource.VENDOR_BRIDGE).nik(kiosk.unregisteredNiks().get(0)).name("WARGA UJI").build());
        waitUntil(() -> !((Button) robot.lookup("#registration-save").query()).isDisabled()
                && robot.lookup("#consent-check").query().isFocused());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
