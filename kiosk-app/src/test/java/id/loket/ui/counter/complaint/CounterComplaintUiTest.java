package id.loket.ui.counter.complaint;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.visibleText;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.domain.account.Agent;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.queue.Lane;
import id.loket.service.security.LoginService;
import id.loket.service.complaint.ComplaintLine;
import id.loket.service.complaint.ComplaintView;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
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
 * The information counter (ticket D) records a complaint beside its short service record: refused with
 * what to fix when empty, recorded with its number on the printed slip, and every word and control in the
 * window at 1366x768 and 1024x768, in Indonesian and English.
 */
@ExtendWith(ApplicationExtension.class)
class CounterComplaintUiTest {

    private static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1024, 768});
    private static final String[] CONTROLS = {"#complaint-title", "#complaint-kind-COMPLAINT",
            "#complaint-kind-SUGGESTION", "#complaint-service", "#complaint-text", "#complaint-contact",
            "#complaint-record", "#service-outcome-ANSWERED", "#service-record-save"};

    @TempDir
    Path dir;
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

    private AppContext serveInformationTicket(FxRobot robot, String language) {
        AppContext app = TestApps.withDemoData(dir.resolve(language), 60, "ui.language", language,
                "device.printer", "simulated");
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.CHOOSER)
                .on(stage));
        app.queue().tickets().issue("INFORMASI", Lane.REGULAR);
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "D-001".equals(visibleText(robot, "#counter-current-ticket")));
        waitUntil(() -> robot.lookup("#complaint-form").query().isVisible());
        return app;
    }

    @Test
    void anEmptyComplaintIsRefusedWithWhatToFillInAndAFilledOneIsRecordedAndPrinted(FxRobot robot) {
        AppContext app = serveInformationTicket(robot, "id");

        robot.clickOn("#complaint-record");
        waitUntil(() -> visibleText(robot, "#complaint-message").contains("Tuliskan isi"));
        assertThat(visibleText(robot, "#complaint-message")).contains("pengaduan atau saran", "Pilih layanan");

        robot.clickOn("#complaint-kind-COMPLAINT");
        robot.clickOn("#complaint-service");
        robot.clickOn(cell(robot, "Pendaftaran Perlinsos"));
        robot.clickOn("#complaint-text").write("Antrean Perlinsos terlalu lama");
        robot.clickOn("#complaint-contact").write("081234567890");
        robot.clickOn("#complaint-record");

        waitUntil(() -> visibleText(robot, "#complaint-message").contains("PGD-00001"));
        assertThat(((SimulatedPrinter) app.peripherals().deviceDrivers().printer()).printed())
                .extracting(job -> job.name())
                .contains("PGD-00001");
        assertThat(robot.lookup("#complaint-text").queryTextInputControl().getText()).as("emptied for the next").isEmpty();
        Agent lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        List<ComplaintLine> open = app.complaintDesk().complaints().list(ComplaintView.OPEN, lurah).lines();
        assertThat(open).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ComplaintKind.COMPLAINT);
            assertThat(line.serviceName()).isEqualTo("Pendaftaran Perlinsos");
        });
    }

    @Test
    void theFormFitsInIndonesian(FxRobot robot) {
        fitsAtBothSizes(robot, "id");
    }

    @Test
    void theFormFitsInEnglish(FxRobot robot) {
        fitsAtBothSizes(robot, "en");
    }

    private void fitsAtBothSizes(FxRobot robot, String language) {
        serveInformationTicket(robot, language);
        // The longest message the form shows, so its wrapping is measured too.
        robot.clickOn("#complaint-record");
        waitUntil(() -> !visibleText(robot, "#complaint-message").isBlank()
                && !robot.lookup("#complaint-record").query().isDisabled());
        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String where = language + " at " + size[0] + "x" + size[1];
            Scene scene = stage.getScene();
            assertThat(scene.getWidth()).as(where).isLessThanOrEqualTo(size[0]);
            assertThat(ScreenFit.cutWords()).as(where)
                    .filteredOn(w -> w.contains("complaint-") || w.contains("service-"))
                    .isEmpty();
            assertThat(ScreenFit.outsideWindow(scene, CONTROLS)).as(where).isEmpty();
        }
    }

    private static Node cell(FxRobot robot, String text) {
        waitUntil(() -> robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> text.equals(((ListCell<?>) n).getText())));
        return robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> text.equals(((ListCell<?>) n).getText())).findFirst().orElseThrow();
    }
}
