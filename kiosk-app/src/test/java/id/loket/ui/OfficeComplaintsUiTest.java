package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.service.complaint.ComplaintLine;
import id.loket.support.OfficeTabs;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.TableView;
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
 * The lurah's complaints tab on the real office screen: a complaint past the promise is marked late in
 * words, one is opened whole, assigned, answered and closed, and the period's report is made; the tab's
 * words and controls fit at 1366x768 and 1024x768.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeComplaintsUiTest {

    private static final String[] CONTROLS = {"#complaints-view-OPEN", "#complaints-view-LATE",
        "#complaints-view-CLOSED", "#complaints-table", "#complaint-answer", "#complaint-assignee", "#complaint-assign",
        "#complaint-save-answer", "#complaint-close", "#complaints-message"};
    private static final String[] REPORT_CONTROLS = {"#complaints-from", "#complaints-to", "#complaints-report",
        "#complaints-report-message"};
    private static final Agent AGENT = new Agent(1, "agen1", "Agen Demo Satu", Role.AGENT, true);

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path data = dir.resolve("complaints-" + System.nanoTime());
        // Ten days before the test's day: past the promise of five working days.
        try (AppContext earlier = AppContext.open(TestApps.settings(data),
                Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(-10)))) {
            earlier.security().demoData().fill(earlier.foundation().office(), 30);
            record(earlier, "Petugas IKD tidak ada di tempat, HP 081234567890");
        }
        AppContext app = TestApps.open(data);
        record(app, "Antrean terlalu lama");
        kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.OFFICE).on(stage);
    }

    private static void record(AppContext app, String text) {
        app.complaintDesk().complaints().record(new ComplaintDraft(Optional.of(ComplaintKind.COMPLAINT),
                Optional.of("IKD"), text,
                Optional.of("081234567890"), Optional.empty()), AGENT);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private TableView<ComplaintLine> openTab(FxRobot robot) {
        logIn(robot, "lurah", "999999");
        waitUntil(() -> !text(robot, "#office-totals").isBlank());
        OfficeTabs.open(robot, "tab-complaints");
        TableView<ComplaintLine> table = robot.lookup("#complaints-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        return table;
    }

    @Test
    void theLateComplaintIsMarkedAndTheLurahAssignsAnswersAndClosesIt(FxRobot robot) {
        TableView<ComplaintLine> table = openTab(robot);
        assertThat(table.getItems().get(0).late()).isTrue();
        assertThat(table.getItems().get(0).preview()).doesNotContain("1234567");
        assertThat(table.getItems().get(1).late()).isFalse();

        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#complaint-detail").contains("081234567890"));
        robot.clickOn("#complaint-close");
        waitUntil(() -> text(robot, "#complaints-message").contains("belum dijawab"));

        robot.clickOn("#complaint-assignee").write("Kasi Pelayanan");
        robot.clickOn("#complaint-assign");
        waitUntil(() -> !text(robot, "#complaints-message").contains("belum dijawab"));
        assertThat(text(robot, "#complaints-message")).contains("ditugaskan");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#complaint-answer").write("Petugas IKD kini ada setiap hari kerja.");
        robot.clickOn("#complaint-save-answer");
        waitUntil(() -> text(robot, "#complaints-message").contains("disimpan"));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#complaint-close");
        waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("#complaints-view-CLOSED");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).number().equals("PGD-00001"));
        OfficeTabs.open(robot, "tab-complaints-report");
        robot.clickOn("#complaints-report");
        waitUntil(() -> text(robot, "#complaints-report-message").contains("pengaduan-"));
    }

    @Test
    void theTabsWordsAndControlsFitAt1366And1024(FxRobot robot) {
        openTab(robot);
        for (int width : new int[] {1366, 1024}) {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(768);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ScreenFit.cutWords()).as("words cut at " + width)
                    .filteredOn(entry -> entry.contains("complaint")).isEmpty();
            assertThat(ScreenFit.outsideWindow(stage.getScene(), CONTROLS)).as("controls outside at " + width)
                    .isEmpty();
            // At least the two complaints' rows in view, not a sliver of the table.
            assertThat(robot.lookup("#complaints-table").query().getBoundsInLocal().getHeight()).as("table at " + width)
                    .isGreaterThanOrEqualTo(160);
        }
        OfficeTabs.open(robot, "tab-complaints-report");
        for (int width : new int[] {1366, 1024}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ScreenFit.cutWords()).as("words cut at " + width)
                    .filteredOn(entry -> entry.contains("complaint")).isEmpty();
            assertThat(ScreenFit.outsideWindow(stage.getScene(), REPORT_CONTROLS)).as("report controls at " + width)
                    .isEmpty();
        }
    }
}
