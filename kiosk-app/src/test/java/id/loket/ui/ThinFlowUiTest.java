package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.support.OfficeTabs;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
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
 * The thin flow on the real screens, driven by CSS id as a person would: a resident takes a ticket,
 * an agent logs in, calls it, types a NIK, sees the household, records the registration and gets the
 * receipt; the lurah sees the count go up.
 */
@ExtendWith(ApplicationExtension.class)
class ThinFlowUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("flow-" + System.nanoTime()), 300);
        kiosk = StartedKiosk.launch(app).size(1400, 900).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void residentTicketToAgentReceiptToOfficeCount(FxRobot robot) {
        int registeredBefore = app.reporting().progress().current().registered();
        // The chooser says how the counter stands before anyone starts.
        waitUntil(() -> robot.lookup("#preflight .label").queryAll().size() >= 4);
        assertThat(robot.lookup("#preflight .label").queryAll()).map(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("Basis data terbuka"));

        // Resident: two touches to a ticket.
        robot.clickOn("#face-ticket");
        robot.clickOn("#service-PERLINSOS");
        robot.clickOn("#lane-regular");
        waitUntil(() -> "A-001".equals(text(robot, "#ticket-number")));
        assertThat(robot.lookup("#ticket-preview").queryAs(ImageView.class).getImage()).isNotNull();

        // Leaving the resident screen needs a supervisor.
        robot.clickOn("#ticket-menu");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> robot.lookup("#face-counter").tryQuery().isPresent());

        // Agent: log in, call the ticket, identify the household.
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> "A-001".equals(text(robot, "#counter-current-ticket")));

        robot.clickOn("#nik-field").write("6471 05");
        waitUntil(() -> text(robot, "#nik-feedback").contains("16"));
        String nik = unregisteredNik();
        robot.interact(() -> robot.lookup("#nik-field").queryTextInputControl().clear());
        robot.clickOn("#nik-field").write(nik);
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));

        // Record the registration and get the receipt.
        robot.clickOn("#portal-reference").write("PLS-20260604-0001");
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-BERHASIL");
        robot.press(KeyCode.F10).release(KeyCode.F10);
        waitUntil(() -> text(robot, "#registration-message").contains("Tersimpan"));
        assertThat(text(robot, "#household-status")).contains("SUDAH TERDAFTAR");
        assertThat(robot.lookup("#receipt-preview").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#registration-save").queryButton().isDisabled())
                .as("a second save of the same household is impossible").isTrue();
        assertThat(app.reporting().progress().current().registered()).isEqualTo(registeredBefore + 1);

        // Lurah: the office counts it.
        robot.clickOn("#counter-logout");
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        int expected = registeredBefore + 1;
        waitUntil(() -> text(robot, "#office-totals").startsWith(expected + " dari 300"));
    }

    @Test
    void theLurahPreviewsTheChecklistOfTheRtFurthestBehind(FxRobot robot) {
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> text(robot, "#office-totals").contains("300"));
        OfficeTabs.open(robot, "tab-reports");
        robot.clickOn("#report-checklist");
        waitUntil(() -> text(robot, "#report-message").contains("checklist-RT"));
        assertThat(robot.lookup("#report-preview").queryAs(ImageView.class).getImage()).isNotNull();
    }

    @Test
    void theLurahImportsAnRtListAndReadsWhatWasLeftOut(FxRobot robot) throws Exception {
        Path csv = dir.resolve("daftar-rt-009-" + System.nanoTime() + ".csv");
        java.nio.file.Files.writeString(csv, String.join("\r\n",
                "No KK;NIK Kepala Keluarga;Nama Kepala Keluarga;Alamat;RT;RW",
                "6471052010150001;6471050101700001;Budi Impor;Jl. Uji 1;9;9",
                "6471052010150002;6471054502800002;Siti Nur'aini;Jl. Uji 2;09;009",
                "6471052010150003;6.47105E+15;Rusak Excel;Jl. Uji 3;9;9") + "\r\n");
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> text(robot, "#office-totals").contains("300"));
        OfficeTabs.open(robot, "tab-import");
        robot.clickOn("#import-file").write(csv.toString());
        robot.clickOn("#import-start");
        waitUntil(() -> !robot.lookup("#import-problems").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#import-problems").queryListView().getItems().get(0).toString()).contains("Excel");
        assertThat(robot.lookup("#import-report").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(app.reporting().progress().current().households()).isEqualTo(302);
        assertThat(app.security().auditTrail()
                .search(TestApps.FIRST_DAY.instant().atZone(TestApps.FIRST_DAY.getZone()).toLocalDate(),
                TestApps.FIRST_DAY.instant().atZone(TestApps.FIRST_DAY.getZone()).toLocalDate(),
                java.util.Optional.of("lurah"), java.util.Optional.of(id.loket.domain.audit.AuditAction.RT_LIST_IMPORTED)))
                .as("the import is on the audit trail").hasSize(1);
    }

    @Test
    void theLurahPlansTheScheduleAndPreviewsADaySheet(FxRobot robot) {
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> text(robot, "#office-totals").contains("300"));
        OfficeTabs.open(robot, "tab-schedule");
        robot.clickOn("#plan-capacity").write("abc");
        robot.clickOn("#plan-run");
        waitUntil(() -> text(robot, "#plan-message").contains("bukan angka"));
        robot.interact(() -> robot.lookup("#plan-capacity").queryTextInputControl().clear());
        robot.clickOn("#plan-capacity").write("40");
        robot.clickOn("#plan-run");
        waitUntil(() -> text(robot, "#plan-summary").contains("mendapat jadwal")
                && !robot.lookup("#plan-days").queryListView().getItems().isEmpty());
        robot.clickOn("#plan-day-sheet");
        waitUntil(() -> text(robot, "#plan-message").contains("jadwal-2026-06-04"));
        assertThat(robot.lookup("#plan-preview").queryAs(ImageView.class).getImage()).isNotNull();
    }

    @Test
    void theLurahSeesTheAuditTrailAndExportsIt(FxRobot robot) {
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> text(robot, "#office-totals").contains("300"));
        OfficeTabs.open(robot, "tab-security");
        waitUntil(() -> !robot.lookup("#audit-table").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#audit-save-copy").queryButton().isDisabled()).as("nothing to save yet").isTrue();
        robot.clickOn("#audit-export");
        waitUntil(() -> text(robot, "#audit-message").contains("jejak-akses"));
        assertThat(robot.lookup("#audit-save-copy").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theLurahCreatesAnAgentAccount(FxRobot robot) {
        robot.clickOn("#face-office");
        logIn(robot, "lurah", "999999");
        waitUntil(() -> text(robot, "#office-totals").contains("300"));
        OfficeTabs.open(robot, "tab-accounts");
        robot.clickOn("#new-username").write("budi.agen");
        robot.clickOn("#new-name").write("Budi Santoso");
        robot.clickOn("#new-pin").write("482913");
        robot.clickOn("#new-pin-again").write("482931");
        robot.clickOn("#account-create");
        waitUntil(() -> text(robot, "#account-message").contains("tidak sama"));
        robot.clickOn("#new-pin").write("482913");
        robot.clickOn("#new-pin-again").write("482913");
        robot.clickOn("#account-create");
        waitUntil(() -> text(robot, "#account-message").contains("budi.agen"));
        waitUntil(() -> robot.lookup("#accounts-table").queryTableView().getItems().size() == 4);
    }

    @Test
    void anAgentCannotOpenTheOffice(FxRobot robot) {
        robot.clickOn("#face-office");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> text(robot, "#login-message").contains("supervisor"));
        assertThat(robot.lookup("#office-view").tryQuery()).isEmpty();
    }

    @Test
    void aWrongNikIsExplainedNextToTheField(FxRobot robot) {
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
        robot.clickOn("#nik-field").write("647105470750000");
        waitUntil(() -> text(robot, "#nik-feedback").contains("15"));
        assertThat(robot.lookup("#registration-save").queryButton().isDisabled()).isTrue();
    }

    /** A household from the demo lists that is not registered yet, found the way the office would. */
    private String unregisteredNik() {
        return kiosk.unregisteredNiks().get(0);
    }
}
