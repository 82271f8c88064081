package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.api.PrintJob;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.RtRef;
import id.loket.domain.queue.Lane;
import id.loket.domain.schedule.PlanInputs;
import id.loket.support.OfficeTabs;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office screens as the lurah lives with them at 1366x768, with the simulated printer: reports
 * printed and read page by page, plan against registrations, the schedule's RTs without a place, the
 * audit log in words, accounts shut and opened, and today's queue refreshing by itself.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeScreensUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private SimulatedPrinter printer;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("office-" + System.nanoTime()), 300, "device.printer", "simulated");
        printer = (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
        kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.OFFICE).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private void openOffice(FxRobot robot) {
        logIn(robot, "lurah", "999999");
        waitUntil(() -> text(robot, "#office-totals").contains("300"));
    }

    @Test
    void anRtIsFoundByTypingPartOfItsNameInsteadOfScrollingTheList(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-reports");
        @SuppressWarnings("unchecked")
        ComboBox<RtRef> picker = (ComboBox<RtRef>) robot.lookup("#report-rt").query();
        waitUntil(() -> picker.getItems().size() > 3);
        // Not the RT shown now, and one no other RT's words also match (RT 2 / RW 3 beside RT 3 / RW 2).
        RtRef wanted = picker.getItems().stream()
                .filter(rt -> !rt.equals(picker.getValue()) && !picker.getItems().contains(RtRef.of(rt.rt(), rt.rw())))
                .reduce((first, second) -> second).orElseThrow();
        // The words in another order and case than the list says them: only a search finds it, not a type-ahead.
        robot.clickOn("#report-rt").write("rw " + wanted.rw() + " rt " + wanted.rt()).type(KeyCode.ENTER);

        waitUntil(() -> wanted.equals(picker.getValue()));
        robot.clickOn("#report-checklist");
        waitUntil(() -> text(robot, "#report-message").contains("checklist-RT" + wanted.rt() + "-RW" + wanted.rw()));
    }

    @Test
    void aChecklistMadeOnScreenIsPrintedOnThisPcsPrinterAndTheAuditSaysSo(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-reports");
        assertThat(robot.lookup("#report-print").queryButton().isDisabled()).as("nothing made yet").isTrue();
        robot.clickOn("#report-checklist");
        waitUntil(() -> text(robot, "#report-message").contains("checklist-RT"));
        robot.clickOn("#report-print");
        waitUntil(() -> text(robot, "#report-message").contains("dicetak"));
        assertThat(printer.printed()).extracting(PrintJob::name).last().asString().startsWith("checklist-RT");
        assertThat(printer.printed().get(printer.printed().size() - 1).format()).isEqualTo(PrintJob.Format.PDF);
        assertThat(app.security().auditTrail().search(app.reporting().progress().today(),
                app.reporting().progress().today(), Optional.of("lurah"),
                Optional.of(AuditAction.REPORT_PRINTED))).singleElement()
                .satisfies(event -> assertThat(event.entityId()).startsWith("checklist-RT"));
    }

    @Test
    void aPrinterOutOfPaperIsSaidAndNothingIsRecordedAsPrinted(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-reports");
        robot.clickOn("#report-summary");
        waitUntil(() -> text(robot, "#report-message").contains("ringkasan-harian"));
        printer.paperOut();
        robot.clickOn("#report-print");
        waitUntil(() -> text(robot, "#report-message").contains("belum dicetak"));
        assertThat(text(robot, "#report-message")).containsIgnoringCase("kertas");
        assertThat(printer.printed()).extracting(PrintJob::name).doesNotContain("ringkasan-harian");
        assertThat(app.security().auditTrail().search(app.reporting().progress().today(),
                app.reporting().progress().today(), Optional.of("lurah"),
                Optional.of(AuditAction.REPORT_PRINTED))).isEmpty();
    }

    @Test
    void anImportReportOfSeveralPagesIsReadPageByPageAndPrintedWhole(FxRobot robot) throws Exception {
        // Every row refused (a NIK mangled by Excel), so the report lists 150 rows: several pages.
        List<String> lines = new ArrayList<>(List.of("No KK;NIK Kepala Keluarga;Nama Kepala Keluarga;Alamat;RT;RW"));
        for (int i = 0; i < 150; i++) {
            lines.add(String.format("64710520101%05d;6.47105E+15;Warga %d;Jl. Uji %d;9;9", i, i, i));
        }
        Path csv = dir.resolve("daftar-rusak-" + System.nanoTime() + ".csv");
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
        openOffice(robot);
        OfficeTabs.open(robot, "tab-import");
        robot.clickOn("#import-file").write(csv.toString());
        robot.clickOn("#import-start");
        waitUntil(() -> text(robot, "#import-page").startsWith("Halaman 1 dari"));
        int pages = Integer.parseInt(text(robot, "#import-page").replaceAll(".* dari ", ""));
        assertThat(pages).as("150 refused rows fill more than one page").isGreaterThan(1);
        assertThat(button(robot, "#import-page-previous").isDisabled()).isTrue();
        Image first = image(robot, "#import-report");

        robot.clickOn("#import-page-next");
        waitUntil(() -> text(robot, "#import-page").equals("Halaman 2 dari " + pages));
        assertThat(image(robot, "#import-report")).isNotSameAs(first);
        for (int page = 3; page <= pages; page++) {
            robot.clickOn("#import-page-next");
            String expected = "Halaman " + page + " dari " + pages;
            waitUntil(() -> text(robot, "#import-page").equals(expected));
        }
        assertThat(button(robot, "#import-page-next").isDisabled()).as("the last page").isTrue();
        robot.clickOn("#import-page-previous");
        waitUntil(() -> text(robot, "#import-page").equals("Halaman " + (pages - 1) + " dari " + pages));

        robot.clickOn("#import-print");
        waitUntil(() -> printer.printed().stream().anyMatch(job -> job.name().equals("laporan-impor")));
        PrintJob job = printer.printed().stream().filter(j -> j.name().equals("laporan-impor")).findFirst()
                .orElseThrow();
        try (var document = org.apache.pdfbox.Loader.loadPDF(job.content())) {
            assertThat(document.getNumberOfPages()).as("every page goes to the printer").isEqualTo(pages);
        }
    }

    @Test
    void thePerDayChartDrawsThePlanBesideTheRegistrationsAndKeepsTheDaysBeforeIt(FxRobot robot) {
        app.lists().schedules().plan().plan(PlanInputs.defaults(40), "lurah");
        openOffice(robot);
        BarChart<?, ?> chart = robot.lookup("#chart-per-day").queryAs(BarChart.class);
        waitUntil(() -> chart.getData().size() == 2);
        assertThat(chart.isLegendVisible()).isTrue();
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Rencana", "Terdaftar");
        XYChart.Series<?, ?> registered = chart.getData().get(1);
        // The demo's registrations were made in the days before the plan's first day (4 June).
        assertThat(registered.getData()).filteredOn(d -> d.getXValue().equals("3/6"))
                .singleElement().satisfies(d -> assertThat(((Number) d.getYValue()).intValue()).isPositive());
        // Drawn, not only there: each bar stands a few pixels wide for a month of days.
        // (after the chart's next layout pass: a bar just added has no width yet)
        waitUntil(() -> !chart.lookupAll(".chart-bar").isEmpty()
                && chart.lookupAll(".chart-bar").stream().allMatch(bar -> bar.getBoundsInParent().getWidth() > 2));
        XYChart.Series<?, ?> planned = chart.getData().get(0);
        assertThat(planned.getData()).filteredOn(d -> d.getXValue().equals("4/6"))
                .singleElement().satisfies(d -> assertThat(((Number) d.getYValue()).intValue()).isPositive());
    }

    @Test
    void theScheduleNamesTheRtsThatFoundNoPlaceAndGivesTheDaysTheRoom(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-schedule");
        robot.clickOn("#plan-capacity").write("5");
        robot.clickOn("#plan-run");
        waitUntil(() -> !robot.lookup("#plan-shortfall").queryListView().getItems().isEmpty());
        ListView<?> shortfall = robot.lookup("#plan-shortfall").queryListView();
        assertThat(shortfall.isVisible()).isTrue();
        assertThat(shortfall.getItems()).allSatisfy(line -> assertThat(line.toString()).matches("RT \\d+ / RW \\d+: \\d+ KK"));
        // The inputs fold away (animated) once the plan is shown: the days' list then has the room of a
        // third of the window at least.
        ListView<?> days = robot.lookup("#plan-days").queryListView();
        waitUntil(() -> days.getHeight() > 768 / 3.0);
        assertThat(robot.lookup("#plan-inputs").<javafx.scene.control.TitledPane>query().isExpanded()).isFalse();
    }

    @Test
    void theAuditLogReadsInTheChosenLanguage(FxRobot robot) throws Exception {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-security");
        waitUntil(() -> !robot.lookup("#audit-table").queryTableView().getItems().isEmpty());
        TableView<?> table = robot.lookup("#audit-table").queryTableView();
        List<String> actions = WaitForAsyncUtils.asyncFx(() -> {
            List<String> shown = new ArrayList<>();
            for (int row = 0; row < table.getItems().size(); row++) {
                shown.add(String.valueOf(table.getColumns().get(2).getCellData(row)));
            }
            return shown;
        }).get();
        assertThat(actions).contains("Masuk").noneMatch(a -> a.matches("[A-Z_]+"));
    }

    @Test
    void theLurahDeactivatesAnAgentWhoThenCannotLogInAndReactivatesThem(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-accounts");
        TableView<?> table = robot.lookup("#accounts-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        int agen2 = rowOf(table, "agen2");
        robot.interact(() -> table.getSelectionModel().select(agen2));
        robot.clickOn("#account-deactivate");
        waitUntil(() -> text(robot, "#account-message").contains("dinonaktifkan"));
        waitUntil(() -> String.valueOf(table.getColumns().get(3).getCellData(rowOf(table, "agen2"))).startsWith("Nonaktif"));
        assertThat(app.security().login().login("agen2", "222222".toCharArray()))
                .isNotInstanceOf(id.loket.service.security.LoginService.LoggedIn.class);

        robot.interact(() -> table.getSelectionModel().select(rowOf(table, "agen2")));
        robot.clickOn("#account-reactivate");
        waitUntil(() -> text(robot, "#account-message").contains("aktif kembali"));
        assertThat(app.security().login().login("agen2", "222222".toCharArray()))
                .isInstanceOf(id.loket.service.security.LoginService.LoggedIn.class);
    }

    @Test
    void aSupervisorCannotDeactivateTheirOwnAccountOnScreen(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-accounts");
        TableView<?> table = robot.lookup("#accounts-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().select(rowOf(table, "lurah")));
        robot.clickOn("#account-deactivate");
        waitUntil(() -> text(robot, "#account-message").contains("sendiri"));
        assertThat(app.security().accounts().find("lurah").orElseThrow().active()).isTrue();
    }

    @Test
    void todaysQueueShowsWaitingPerServiceAndOpenCountersAndRefreshesByItself(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-queue-today");
        waitUntil(() -> text(robot, "#queue-today-totals").startsWith("0 menunggu"));
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        app.queue().tickets().issue("IKD", Lane.REGULAR);
        // Nobody clicks: the view reads the queue again by itself.
        waitUntil(() -> text(robot, "#queue-today-totals").startsWith("3 menunggu"));
        assertThat(text(robot, "#queue-today-waiting-0")).isEqualTo("2 menunggu");

        Agent agent = app.security().accounts().find("agen1").orElseThrow().agent();
        app.queue().counter().callNext(agent);
        waitUntil(() -> text(robot, "#queue-today-totals").startsWith("2 menunggu"));
        assertThat(text(robot, "#queue-today-totals")).contains("1 dari");
        ListView<?> counters = robot.lookup("#queue-today-counters").queryListView();
        assertThat(counters.getItems()).extracting(Object::toString)
                .contains("Loket " + app.queue().counter().counterNumber() + ": buka, melayani A-001");
    }

    private static int rowOf(TableView<?> table, String username) {
        for (int row = 0; row < table.getItems().size(); row++) {
            if (String.valueOf(table.getColumns().get(1).getCellData(row)).equals(username)) {
                return row;
            }
        }
        throw new AssertionError("no account " + username);
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }

    private static Image image(FxRobot robot, String query) {
        return robot.lookup(query).<Node>query() instanceof ImageView view ? view.getImage() : null;
    }
}
