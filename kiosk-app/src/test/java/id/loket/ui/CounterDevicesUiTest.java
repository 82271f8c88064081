package id.loket.ui;

import static id.loket.support.KioskUi.field;
import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitAtMost;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.api.PrintJob;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.device.sim.SimulatedSound;
import id.loket.device.sim.SimulatedScanner;
import id.loket.domain.queue.Lane;
import id.loket.support.OfficeTabs;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
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
 * The counter console with the simulated card reader, scanner and printer, driven through the
 * simulators' own API as the devices on the desk would: card reads fill the NIK, a disagreeing read
 * is shown and not put in, a printer out of paper sends the receipt to the reprint list and F11 prints
 * it once paper is back, a ticket that did not print is not issued.
 */
@ExtendWith(ApplicationExtension.class)
class CounterDevicesUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private SimulatedCardReader reader;
    private SimulatedScanner scanner;
    private SimulatedPrinter printer;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("devices-" + System.nanoTime()), 300, "device.printer", "simulated");
        reader = (SimulatedCardReader) app.peripherals().deviceDrivers().cardReader();
        scanner = (SimulatedScanner) app.peripherals().deviceDrivers().scanner();
        printer = (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
        kiosk = StartedKiosk.launch(app).size(1400, 900).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void aCardReadFillsTheNikAndTheReceiptPrintsInFourAgentActionsFromTheCall(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        String nik = unregisteredNik();
        openCounter(robot);
        // The agent's actions, counted: F2, click the reference field (and type it), tick consent, F10.
        // The card on the reader is the resident's doing; the NIK and the household lookup need no key.
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> "A-001".equals(text(robot, "#counter-current-ticket")));
        reader.insert(card(nik, "WARGA CONTOH"));
        waitUntil(() -> nik.equals(field(robot, "#nik-field")));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));

        robot.clickOn("#portal-reference");
        robot.write("PLS-1");
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-BERHASIL");
        robot.press(KeyCode.F10).release(KeyCode.F10);
        waitUntil(() -> text(robot, "#print-message").contains("tercetak"));

        assertThat(printer.printed()).extracting(PrintJob::name).last().asString().startsWith("REG-");
        assertThat(text(robot, "#registration-message")).contains("Tersimpan");
        assertThat(app.foundation().printouts().reprintList()).isEmpty();
    }

    @Test
    void aReadThatDisagreesWithTheTypedNikIsShownAndNotPutIn(FxRobot robot) {
        String typed = unregisteredNik();
        String onCard = otherUnregisteredNik(typed);
        openCounter(robot);
        robot.clickOn("#nik-field").write(typed);
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));

        reader.insert(card(onCard, "WARGA LAIN"));

        String masked = onCard.substring(0, 6) + "******" + onCard.substring(12);
        waitUntil(() -> text(robot, "#card-message").contains(masked));
        assertThat(text(robot, "#card-message")).isEqualTo("KTP-el terbaca: " + masked + ", berbeda dengan yang diketik");
        assertThat(field(robot, "#nik-field")).isEqualTo(typed);
        assertThat(robot.lookup("#nik-use-card").queryButton().isVisible()).isTrue();

        // Only the agent's choice puts the card's NIK in.
        robot.clickOn("#nik-use-card");
        waitUntil(() -> onCard.equals(field(robot, "#nik-field")));
        assertThat(text(robot, "#card-message")).isEmpty();
    }

    @Test
    void aScannedNikWithFormattingFillsAnEmptyField(FxRobot robot) {
        String nik = unregisteredNik();
        openCounter(robot);
        scanner.scan(nik.substring(0, 6) + " " + nik.substring(6, 12) + " " + nik.substring(12));
        waitUntil(() -> nik.equals(field(robot, "#nik-field")));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));

        scanner.scan("https://example.org/not-a-nik");
        waitUntil(() -> text(robot, "#card-message").contains("bukan NIK"));
        assertThat(field(robot, "#nik-field")).isEqualTo(nik);
    }

    @Test
    void aReceiptWithoutPaperGoesToTheReprintListAndF11PrintsItOncePaperIsBack(FxRobot robot) {
        String nik = unregisteredNik();
        int registeredBefore = app.reporting().progress().current().registered();
        openCounter(robot);
        printer.paperOut();
        waitUntil(() -> text(robot, "#device-printer").contains("kehabisan kertas"));

        robot.clickOn("#nik-field").write(nik);
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#portal-reference").write("PLS-2");
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-BERHASIL");
        robot.press(KeyCode.F10).release(KeyCode.F10);

        waitUntil(() -> text(robot, "#print-message").contains("Printer kehabisan kertas. Isi kertas, lalu tekan Cetak Ulang."));
        assertThat(text(robot, "#registration-message")).contains("Tersimpan");
        assertThat(app.reporting().progress().current().registered()).as("the registration stays saved")
                .isEqualTo(registeredBefore + 1);
        assertThat(app.foundation().printouts().reprintList()).hasSize(1);
        assertThat(robot.lookup("#reprint").queryButton().isVisible()).isTrue();
        assertThat(printer.printed()).isEmpty();

        printer.ready();
        waitUntil(() -> text(robot, "#device-printer").contains("Siap"));
        robot.press(KeyCode.F11).release(KeyCode.F11);
        waitUntil(() -> text(robot, "#print-message").contains("tercetak ulang"));
        assertThat(printer.printed()).singleElement().satisfies(job -> assertThat(job.name()).startsWith("REG-"));
        assertThat(app.foundation().printouts().reprintList()).isEmpty();
        waitUntil(() -> !robot.lookup("#reprint").queryButton().isVisible());
    }

    @Test
    void theStatusBarFollowsTheDevicesWithinTwoSeconds(FxRobot robot) {
        openCounter(robot);
        waitUntil(() -> text(robot, "#device-card-reader").contains("Siap"));
        assertThat(text(robot, "#device-scanner")).contains("Siap");
        assertThat(text(robot, "#device-printer")).contains("Siap");
        // The counter makes no sound: its bar shows the three devices an agent works with.
        assertThat(robot.lookup("#device-sound").tryQuery()).isEmpty();

        reader.samMissing();
        waitAtMost(2, () -> text(robot, "#device-card-reader").contains("SAM")
                && styles(robot, "#device-card-reader").contains("device-health-error"));
        scanner.disconnect();
        waitAtMost(2, () -> text(robot, "#device-scanner").contains("Terputus"));
        reader.ready();
        waitAtMost(2, () -> text(robot, "#device-card-reader").equals("pembaca kartu: Siap")
                && styles(robot, "#device-card-reader").contains("device-health-ready"));
    }

    @Test
    void aTicketThatDoesNotPrintIsNotIssuedAndTheResidentIsSentToTheStaff(FxRobot robot) {
        printer.paperOut();
        robot.clickOn("#face-ticket");
        robot.clickOn("#service-PERLINSOS");
        robot.clickOn("#lane-regular");
        waitUntil(() -> text(robot, "#ticket-failed").contains("minta bantuan petugas"));
        assertThat(app.queue().counter().waitingToday()).isZero();
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void theOfficeDeviceTabShowsRawEventsAndPrintsATestPage(FxRobot robot) {
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        OfficeTabs.open(robot, "tab-devices");
        waitUntil(() -> text(robot, "#device-test-printer").contains("Siap"));

        reader.insert(card("6471054707500003", "SITI AMINAH"));
        scanner.scan("PLS-QR\t01");
        waitUntil(() -> events(robot).stream().anyMatch(e -> e.endsWith("Kode terpindai: PLS-QR\t01")));
        assertThat(events(robot)).anyMatch(e -> e.endsWith("KTP-el terbaca: 647105******0003 SITI AMINAH"))
                .anyMatch(e -> e.endsWith("Kartu diletakkan."));

        printer.paperOut();
        robot.clickOn("#device-test-print");
        waitUntil(() -> text(robot, "#device-test-print-result").contains("Printer kehabisan kertas"));
        assertThat(printer.printed()).isEmpty();
        printer.ready();
        robot.clickOn("#device-test-print");
        waitUntil(() -> text(robot, "#device-test-print-result").contains("dikonfirmasi printer"));
        assertThat(printer.printed()).extracting(PrintJob::name).containsExactly("TEST");
    }

    @Test
    void theOfficeDeviceTabShowsTheSoundAndItsTestButtonPlaysTheChimeAndTheSentence(FxRobot robot) {
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        OfficeTabs.open(robot, "tab-devices");
        waitUntil(() -> text(robot, "#device-test-sound").contains("Siap"));
        SimulatedSound sound = (SimulatedSound) app.peripherals().deviceDrivers().sound();

        robot.clickOn("#device-test-chime");
        waitUntil(() -> text(robot, "#device-test-chime-result").contains("sampai selesai"));
        assertThat(sound.spoken()).containsExactly("Tes suara Loket. Satu, dua, tiga.");

        sound.noAudio();
        waitUntil(() -> text(robot, "#device-test-sound").contains("Terputus"));
        robot.clickOn("#device-test-chime");
        waitUntil(() -> text(robot, "#device-test-chime-result").contains("Pasang pengeras suara"));
    }

    private static List<String> events(FxRobot robot) {
        return List.copyOf(robot.lookup("#device-test-events").<String>queryListView().getItems());
    }

    private static IdentityRecord card(String nik, String name) {
        return IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE).nik(nik).name(name).build();
    }

    private String unregisteredNik() {
        return kiosk.unregisteredNiks().get(0);
    }

    private String otherUnregisteredNik(String not) {
        return kiosk.unregisteredNiks().stream().filter(n -> !n.equals(not)).findFirst().orElseThrow();
    }

    private static List<String> styles(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::getStyleClass).map(List::copyOf).orElse(List.of());
    }
}
