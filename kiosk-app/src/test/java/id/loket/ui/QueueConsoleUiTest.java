package id.loket.ui;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.sim.SimulatedScanner;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.TicketStatus;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The queue from the resident's touch to the agent's keys: a ticket taken on the
 * ticket screen is called with F2, called again with F3, postponed with F4, comes back from the pool,
 * and is finished with F9; another is transferred with F7 and Enter, keeps its number and is not called
 * back by the counter that sent it; a scanned
 * ticket QR brings that ticket to the counter. N = 2 calls before the pool, K = 1 call in it.
 */
@ExtendWith(ApplicationExtension.class)
class QueueConsoleUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("queue-" + System.nanoTime()), 300,
                "queue.no-show.calls", "2", "queue.no-show.return-after", "1");
        kiosk = StartedKiosk.launch(app).size(1600, 900).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void ticketScreenToCallRecallNoShowTransferAndFinishWithTheKeys(FxRobot robot) {
        // Resident: two touches to a ticket; the screen says when to expect the call.
        robot.clickOn("#face-ticket");
        robot.clickOn("#service-PERLINSOS");
        robot.clickOn("#lane-regular");
        waitUntil(() -> "A-001".equals(text(robot, "#ticket-number")));
        assertThat(text(robot, "#ticket-detail")).contains("segera dipanggil");
        Ticket ikd = app.queue().tickets().issue("IKD", Lane.REGULAR).ticket();

        robot.clickOn("#ticket-menu");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup("#face-counter").tryQuery().isPresent());
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        assertThat(robot.lookup("#queue-recall").queryButton().isDisabled()).as("nothing to recall yet").isTrue();

        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(text(robot, "#counter-current-ticket")));
        waitUntil(() -> text(robot, "#queue-ticket-detail").contains("dipanggil 1×"));

        key(robot, KeyCode.F3);
        waitUntil(() -> text(robot, "#queue-ticket-detail").contains("dipanggil 2×"));

        key(robot, KeyCode.F4);
        waitUntil(() -> text(robot, "#counter-queue-message").contains("antrean tunda"));
        assertThat(text(robot, "#counter-current-ticket")).isEmpty();

        // B-001 is called while A-001 sits in the pool; it is sent on to the Perlinsos service.
        key(robot, KeyCode.F2);
        waitUntil(() -> "B-001".equals(text(robot, "#counter-current-ticket")));
        key(robot, KeyCode.F7);
        waitUntil(() -> robot.lookup("#queue-transfer-target").query().isFocused());
        assertThat(text(robot, "#queue-transfer-title")).contains("B-001");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> text(robot, "#counter-queue-message").contains("dialihkan ke Layanan Pendaftaran Perlinsos"));
        assertThat(app.queue().counter().details(ikd).orElseThrow().ticket().serviceCode()).isEqualTo("PERLINSOS");

        // One further call has passed: A-001 is back, ahead of the later B-001.
        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(text(robot, "#counter-current-ticket")));
        key(robot, KeyCode.F9);
        waitUntil(() -> text(robot, "#counter-queue-message").contains("A-001 selesai"));
        // This counter sent B-001 on to another service: another counter calls it, never this one.
        key(robot, KeyCode.F2);
        waitUntil(() -> text(robot, "#counter-queue-message").contains("Tidak ada antrean"));
        assertThat(text(robot, "#counter-current-ticket")).isEmpty();
        assertThat(app.queue().counter().details(ikd).orElseThrow().ticket().status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void aScannedTicketQrBringsThatTicketToTheCounter(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        Ticket wanted = app.queue().tickets().issue("IKD", Lane.REGULAR).ticket();
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());

        ((SimulatedScanner) app.peripherals().deviceDrivers().scanner()).scan(wanted.qrPayload());

        waitUntil(() -> "B-001".equals(text(robot, "#counter-current-ticket")));
        assertThat(text(robot, "#card-message")).as("a ticket QR is no NIK and no complaint").isEmpty();
        key(robot, KeyCode.F9);
        waitUntil(() -> text(robot, "#counter-queue-message").contains("B-001 selesai"));
        ((SimulatedScanner) app.peripherals().deviceDrivers().scanner()).scan(wanted.qrPayload());
        waitUntil(() -> text(robot, "#counter-queue-message").contains("sudah selesai dilayani"));
    }

    @Test
    void aTappedKtpElPrintsTheRtsScheduledDayAndTheResidentIsServedAnyway(FxRobot robot) throws Exception {
        app.lists().schedules().plan().plan(id.loket.domain.schedule.PlanInputs.defaults(150), "lurah");
        java.io.StringWriter csv = new java.io.StringWriter();
        app.registration().householdExport().write(csv, "test");
        String[] row = csv.toString().lines().skip(1).map(line -> line.split(","))
                .filter(cells -> cells.length == 6).findFirst().orElseThrow();
        robot.clickOn("#face-ticket");
        waitUntil(() -> text(robot, "#ticket-card-message").contains("KTP-el"));

        ((id.loket.device.sim.SimulatedCardReader) app.peripherals().deviceDrivers().cardReader()).insert(
                id.loket.device.api.IdentityRecord.builder(id.loket.device.api.IdentitySource.VENDOR_BRIDGE)
                        .nik(row[1]).name("WARGA CONTOH").build());
        waitUntil(() -> text(robot, "#ticket-card-message").contains("terbaca"));
        robot.clickOn("#service-PERLINSOS");
        robot.clickOn("#lane-priority");

        waitUntil(() -> "P-001".equals(text(robot, "#ticket-number")));
        assertThat(text(robot, "#ticket-detail")).contains("Jadwal RT " + row[3] + " / RW " + row[4]);
        assertThat(text(robot, "#ticket-detail")).doesNotContain(row[1]);
        robot.clickOn("#ticket-done");
        waitUntil(() -> text(robot, "#ticket-card-message").contains("Punya KTP-el"));
    }

    @Test
    void theLurahPreviewsTodaysFairnessSheet(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.PRIORITY);
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
        id.loket.support.OfficeTabs.open(robot, "tab-reports");
        robot.clickOn("#report-fairness");
        waitUntil(() -> text(robot, "#report-message").contains("keadilan-antrean-2026-06-04"));
        assertThat(robot.lookup("#report-preview").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
    }
}
