package id.loket.ui;

import static id.loket.support.KioskUi.field;
import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.visibleText;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.TicketStatus;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import javafx.scene.Node;
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
 * What happens around a registration at the counter, on the real screen at 1366x768: the question
 * "unsaved data: save / discard / cancel" before F2, F7 and logging out, answered from the keyboard;
 * and the short service form that a ticket of another service than Perlinsos gets instead of the
 * registration.
 */
@ExtendWith(ApplicationExtension.class)
class CounterFlowUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("flow-" + System.nanoTime()), 300);
        kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void anUntouchedFormIsLeftWithoutAQuestion(FxRobot robot) {
        issue("PERLINSOS", 2);
        openCounter(robot);

        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        key(robot, KeyCode.F2);

        waitUntil(() -> "A-002".equals(current(robot)));
        assertThat(asking(robot)).isFalse();
    }

    @Test
    void f2WithUnsavedInputAsksAndEscapeChangesNothing(FxRobot robot) {
        Ticket first = issue("PERLINSOS", 2);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        robot.clickOn("#nik-field").write("64710512");

        key(robot, KeyCode.F2);
        waitUntil(() -> asking(robot));
        waitUntil(() -> robot.lookup("#unsaved-save").query().isFocused());
        assertThat(visibleText(robot, "#unsaved-question")).isEqualTo("Data belum disimpan:");
        key(robot, KeyCode.ESCAPE);

        waitUntil(() -> !asking(robot));
        assertThat(current(robot)).isEqualTo("A-001");
        assertThat(field(robot, "#nik-field")).isEqualTo("64710512");
        assertThat(app.queue().counter().details(first).orElseThrow().ticket().status()).isEqualTo(TicketStatus.CALLED);
        assertThat(robot.lookup("#nik-field").query().isFocused()).as("the cursor is back where it was").isTrue();
    }

    @Test
    void discardGoesOnToTheNextResidentWithAnEmptyForm(FxRobot robot) {
        issue("PERLINSOS", 2);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        robot.clickOn("#nik-field").write("64710512");

        key(robot, KeyCode.F2);
        waitUntil(() -> robot.lookup("#unsaved-save").query().isFocused());
        key(robot, KeyCode.TAB);
        waitUntil(() -> robot.lookup("#unsaved-discard").query().isFocused());
        key(robot, KeyCode.ENTER);

        waitUntil(() -> "A-002".equals(current(robot)));
        assertThat(field(robot, "#nik-field")).isEmpty();
        assertThat(asking(robot)).isFalse();
    }

    @Test
    void saveThatIsRefusedStaysWithTheMessageAndSaveThatWorksGoesOn(FxRobot robot) {
        issue("PERLINSOS", 2);
        String nik = kiosk.unregisteredNiks().get(0);
        int registered = app.reporting().progress().current().registered();
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        robot.clickOn("#nik-field").write(nik);
        waitUntil(() -> visibleText(robot, "#household-status").contains("Belum terdaftar"));

        // Consent not ticked: the registration is refused, and nothing moves on.
        key(robot, KeyCode.F2);
        waitUntil(() -> robot.lookup("#unsaved-save").query().isFocused());
        key(robot, KeyCode.ENTER);
        waitUntil(() -> visibleText(robot, "#counter-queue-message").contains("Belum tersimpan"));
        assertThat(current(robot)).isEqualTo("A-001");
        assertThat(visibleText(robot, "#registration-message")).isNotEmpty();
        assertThat(app.reporting().progress().current().registered()).isEqualTo(registered);

        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-BERHASIL");
        key(robot, KeyCode.F2);
        waitUntil(() -> robot.lookup("#unsaved-save").query().isFocused());
        key(robot, KeyCode.ENTER);

        waitUntil(() -> "A-002".equals(current(robot)));
        assertThat(app.reporting().progress().current().registered()).isEqualTo(registered + 1);
    }

    @Test
    void aJustSavedRegistrationIsLeftWithoutAQuestion(FxRobot robot) {
        issue("PERLINSOS", 2);
        String nik = kiosk.unregisteredNiks().get(0);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        robot.clickOn("#nik-field").write(nik);
        waitUntil(() -> visibleText(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-BERHASIL");
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> visibleText(robot, "#registration-message").contains("Tersimpan"));

        key(robot, KeyCode.F2);

        waitUntil(() -> "A-002".equals(current(robot)));
        assertThat(asking(robot)).isFalse();
    }

    @Test
    void loggingOutWithUnsavedInputAsksFirst(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write("6471");

        robot.clickOn("#counter-logout");
        waitUntil(() -> asking(robot));
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> !asking(robot));
        assertThat(robot.lookup("#nik-field").tryQuery()).isPresent();
        assertThat(field(robot, "#nik-field")).isEqualTo("6471");

        robot.clickOn("#counter-logout");
        waitUntil(() -> asking(robot));
        robot.clickOn("#unsaved-discard");
        waitUntil(() -> robot.lookup("#face-counter").tryQuery().isPresent());
        assertThat(robot.lookup("#nik-field").tryQuery()).isEmpty();
    }

    @Test
    void f7WithUnsavedInputAsksBeforeTheTransferOpens(FxRobot robot) {
        issue("PERLINSOS", 1);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        robot.clickOn("#nik-field").write("6471");

        key(robot, KeyCode.F7);
        waitUntil(() -> asking(robot));
        assertThat(robot.lookup("#queue-transfer-row").query().isVisible()).isFalse();
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#queue-transfer-target").query().isFocused());
        assertThat(asking(robot)).isFalse();
    }

    @Test
    void anIkdTicketGetsTheShortServiceFormAndItsRecord(FxRobot robot) {
        issue("IKD", 1);
        issue("PERLINSOS", 1);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "B-001".equals(current(robot)));

        waitUntil(() -> shown(robot, "#service-record-form"));
        assertThat(shown(robot, "#nik-field")).as("no Perlinsos registration for an IKD ticket").isFalse();
        assertThat(shown(robot, "#consent-check")).isFalse();
        assertThat(visibleText(robot, "#service-record-title")).contains("Aktivasi IKD", "B-001");
        assertThat(ScreenFit.outsideWindow(robot.lookup("#service-record-form").query().getScene(),
                "#service-record-save", "#service-outcome-ACTIVATED")).isEmpty();
        waitUntil(() -> robot.lookup("#service-outcome-ACTIVATED").query().isFocused());

        robot.clickOn("#service-outcome-NOT_ACTIVATED");
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> visibleText(robot, "#service-record-message").contains("Pilih alasan"));
        robot.clickOn("#service-reason").clickOn("Tidak punya ponsel pintar");
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> visibleText(robot, "#service-record-message").contains("tercatat"));
        assertThat(app.registration().serviceRecords().outcomesToday()).containsEntry(ServiceOutcome.NOT_ACTIVATED, 1);

        // Saved: the next resident is called without a question, and gets the registration form.
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        assertThat(asking(robot)).isFalse();
        waitUntil(() -> shown(robot, "#nik-field") && !shown(robot, "#service-record-form"));
    }

    @Test
    void anInformationTicketNeedsItsTopicAndAnUnsavedChoiceIsAskedAbout(FxRobot robot) {
        issue("INFORMASI", 2);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "D-001".equals(current(robot)));
        waitUntil(() -> shown(robot, "#service-topic"));
        robot.clickOn("#service-outcome-ANSWERED");

        key(robot, KeyCode.F2);
        waitUntil(() -> robot.lookup("#unsaved-save").query().isFocused());
        key(robot, KeyCode.ENTER);
        waitUntil(() -> visibleText(robot, "#service-record-message").contains("Pilih topik"));
        assertThat(current(robot)).isEqualTo("D-001");

        robot.clickOn("#service-topic").clickOn("BPJS");
        key(robot, KeyCode.F2);
        waitUntil(() -> robot.lookup("#unsaved-save").query().isFocused());
        key(robot, KeyCode.ENTER);

        waitUntil(() -> "D-002".equals(current(robot)));
        assertThat(app.registration().serviceRecords().outcomesToday()).containsEntry(ServiceOutcome.ANSWERED, 1);
    }

    @Test
    void aVulnerableWorkersTicketOpensTheProposalFormNotTheShortRecord(FxRobot robot) {
        issue("PEKERJA_RENTAN", 1);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "C-001".equals(current(robot)));

        waitUntil(() -> shown(robot, "#jkk-form"));
        assertThat(visibleText(robot, "#jkk-title")).contains("C-001");
        assertThat(shown(robot, "#service-record-form")).isFalse();
        assertThat(shown(robot, "#nik-field")).isFalse();
    }

    @Test
    void aTicketSentToAnotherServiceIsNotCalledBackHere(FxRobot robot) {
        Ticket sent = issue("PERLINSOS", 1);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(current(robot)));
        key(robot, KeyCode.F7);
        waitUntil(() -> robot.lookup("#queue-transfer-target").query().isFocused());
        key(robot, KeyCode.ENTER);
        waitUntil(() -> visibleText(robot, "#counter-queue-message").contains("dialihkan"));

        key(robot, KeyCode.F2);

        waitUntil(() -> visibleText(robot, "#counter-queue-message").contains("Tidak ada antrean"));
        assertThat(current(robot)).isEmpty();
        assertThat(app.queue().counter().details(sent).orElseThrow().ticket().status()).isEqualTo(TicketStatus.WAITING);
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Issues {@code count} regular tickets of the service; returns the first. */
    private Ticket issue(String service, int count) {
        Ticket first = app.queue().tickets().issue(service, Lane.REGULAR).ticket();
        for (int i = 1; i < count; i++) {
            app.queue().tickets().issue(service, Lane.REGULAR);
        }
        return first;
    }

    private static String current(FxRobot robot) {
        return visibleText(robot, "#counter-current-ticket");
    }

    private static boolean asking(FxRobot robot) {
        return shown(robot, "#unsaved-row");
    }

    /** Whether the node is there and drawn: visible itself and every parent up to the scene. */
    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(CounterFlowUiTest::treeVisible).orElse(false);
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
