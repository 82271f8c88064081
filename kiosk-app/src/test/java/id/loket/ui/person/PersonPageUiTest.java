package id.loket.ui.person;

import static id.loket.support.KioskUi.field;
import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.texts;
import static id.loket.support.KioskUi.visibleText;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.api.PrintJob;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Registration;
import id.loket.support.CaseworkFixtures;
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
 * The person page at the counter: a card read (or a typed NIK) and F6 show what is already recorded for
 * the resident, and an SSN card request is taken there with its receipt printed.
 */
@ExtendWith(ApplicationExtension.class)
class PersonPageUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private SimulatedCardReader reader;
    private SimulatedPrinter printer;
    private String nik;
    private Registration failed;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("person-" + System.nanoTime()), 60, "device.printer", "simulated",
                "ssn.card-requests", "true", "ssn.police-letter-for", "lost");
        reader = (SimulatedCardReader) app.peripherals().deviceDrivers().cardReader();
        printer = (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
        CaseworkFixtures fixtures = new CaseworkFixtures(app);
        nik = fixtures.unregistered().get(0).nik();
        failed = fixtures.failed(nik, FailureReason.PORTAL_DOWN, "portal mati");
        kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void aCardReadAndF6ShowWhatIsAlreadyRecordedAndEscGoesBack(FxRobot robot) {
        openCounter(robot);
        reader.insert(IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE).nik(nik).name("WARGA CONTOH").build());
        waitUntil(() -> nik.equals(field(robot, "#nik-field")));

        key(robot, KeyCode.F6);

        waitUntil(() -> robot.lookup("#person-section-perlinsos").tryQuery().isPresent());
        assertThat(field(robot, "#person-nik")).isEqualTo(nik);
        assertThat(texts(robot, "#person-section-perlinsos .person-entry"))
                .anySatisfy(t -> assertThat(t).startsWith("Kepala keluarga, RT "))
                .anySatisfy(t -> assertThat(t).startsWith(failed.code() + ": Gagal"));
        assertThat(texts(robot, "#person-section-perlinsos .person-state")).contains("Tidak berhasil");
        assertThat(visibleText(robot, "#person-who")).doesNotContain(nik).contains(nik.substring(12));
        assertThat(robot.lookup("#person-none-ssn").tryQuery()).isPresent();

        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#person-view").tryQuery().isEmpty());
        assertThat(robot.lookup("#nik-field").query().isFocused()).isTrue();
    }

    @Test
    void aLostCardRequestAsksForThePoliceLetterThenPrintsItsReceipt(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(nik);
        robot.clickOn("#counter-person");
        waitUntil(() -> robot.lookup("#ssn-save").tryQuery().map(n -> n.isVisible()).orElse(false));

        // The form lies below the records: the cursor going there (Tab) brings it into view.
        robot.interact(() -> robot.lookup("#ssn-kind-LOST_CARD").query().requestFocus());
        robot.clickOn("#ssn-kind-LOST_CARD");
        robot.interact(() -> robot.lookup("#ssn-save").query().requestFocus());
        robot.clickOn("#ssn-save");
        waitUntil(() -> visibleText(robot, "#ssn-message").contains("surat keterangan dari kepolisian"));
        robot.interact(() -> robot.lookup("#ssn-police-letter").query().requestFocus());
        robot.write("SKK/12/VI/2026");
        robot.interact(() -> robot.lookup("#ssn-save").query().requestFocus());
        key(robot, KeyCode.ENTER);

        waitUntil(() -> visibleText(robot, "#ssn-message").startsWith("SSN-000001 dicatat"));
        assertThat(printer.printed()).extracting(PrintJob::name).last().asString().isEqualTo("SSN-000001");
        waitUntil(() -> texts(robot, "#person-section-ssn .person-entry").contains(
                "SSN-000001: Pengganti kartu SSN hilang"));
    }
}
