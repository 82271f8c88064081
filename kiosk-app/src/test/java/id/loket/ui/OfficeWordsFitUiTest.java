package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.schedule.PlanInputs;
import id.loket.support.OfficeTabs;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every office tab, in both languages at the two common small screens: no word is drawn cut with
 * "…", and no tab hides behind the tab bar's arrow. Each tab is shown with its content made (a plan
 * with RTs left out, a report in the preview, the follow-ups listed), as an office sees it.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeWordsFitUiTest {

    /** Each group's tabs, in the order they stand on screen. */
    private static final Map<String, List<String>> TABS = new LinkedHashMap<>();

    static {
        TABS.put("group-progress", List.of("tab-progress", "tab-queue-today", "tab-ikm"));
        TABS.put("group-lists", List.of("tab-import", "tab-schedule", "tab-social-list"));
        TABS.put("group-printouts", List.of("tab-reports"));
        TABS.put("group-residents", List.of("tab-correction", "tab-follow-ups"));
        TABS.put("group-settings", List.of("tab-security", "tab-accounts", "tab-devices"));
    }

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

    @Test
    void indonesianAt1366x768(FxRobot robot) {
        assertEverythingFits(robot, "id", 1366, 768);
    }

    @Test
    void indonesianAt1024x768(FxRobot robot) {
        assertEverythingFits(robot, "id", 1024, 768);
    }

    @Test
    void englishAt1366x768(FxRobot robot) {
        assertEverythingFits(robot, "en", 1366, 768);
    }

    @Test
    void englishAt1024x768(FxRobot robot) {
        assertEverythingFits(robot, "en", 1024, 768);
    }

    private void assertEverythingFits(FxRobot robot, String language, int width, int height) {
        AppContext app = TestApps.withDemoData(dir.resolve("fit-" + language + "-" + width + "-" + System.nanoTime()),
                300, "ui.language", language);
        // A plan that leaves RTs out, so the schedule tab shows its days and the RTs without a place; begun
        // before the kiosk's day, so the tab offers to plan again from today and says what that keeps.
        app.lists().schedules().plan().plan(PlanInputs.defaults(8).withWindow(PlanInputs.DEFAULT_FROM.minusDays(3),
                PlanInputs.DEFAULT_TO), "lurah");
        // Survey answers of today, so the IKM tab shows its charts and its summary.
        for (int answer = 1; answer <= 4; answer++) {
            int[] answers = new int[9];
            java.util.Arrays.fill(answers, answer);
            app.programmes().skm().surveys()
                    .save(new id.loket.domain.skm.SkmResponse(app.reporting().progress().today(), "PERLINSOS", answers,
                    id.loket.domain.skm.RespondentProfile.NONE, id.loket.domain.skm.SkmSource.TOUCH));
        }
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(width, height).showing(ShellView.Face.OFFICE)
                .on(stage));
        logIn(robot, "lurah", "999999");
        waitUntil(() -> !text(robot, "#office-totals").isEmpty() && text(robot, "#office-totals").contains("300"));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : TABS.entrySet()) {
            for (String tab : group.getValue()) {
                OfficeTabs.open(robot, tab);
                fill(robot, tab);
                List<String> headers = new ArrayList<>(TABS.keySet().stream().map(id -> "#" + id).toList());
                group.getValue().forEach(id -> headers.add("#" + id));
                ScreenFit.outsideWindow(kiosk.scene(), headers.toArray(String[]::new))
                        .forEach(p -> problems.add(tab + ": tab header " + p));
                ScreenFit.cutWords().forEach(p -> problems.add(tab + ": " + p));
                ScreenFit.wordsBrokenInside().forEach(p -> problems.add(tab + ": " + p));
                if (tab.equals("tab-schedule")) {
                    ScreenFit.outsideWindow(kiosk.scene(), "#plan-run", "#plan-replan-note")
                            .forEach(p -> problems.add(tab + ": " + p));
                }
            }
        }
        assertThat(problems).as("words cut or tabs out of sight at %dx%d in %s", width, height, language).isEmpty();
    }

    /** Makes the content a tab shows when it is used, so its words are checked too. */
    private static void fill(FxRobot robot, String tab) {
        switch (tab) {
            case "tab-reports" -> {
                robot.clickOn("#report-checklist");
                waitUntil(() -> text(robot, "#report-page").matches(".*\\d.*"));
            }
            case "tab-schedule" -> {
                waitUntil(() -> !robot.lookup("#plan-days").queryListView().getItems().isEmpty()
                        && !robot.lookup("#plan-shortfall").queryListView().getItems().isEmpty()
                        && !text(robot, "#plan-replan-note").isEmpty());
                // The inputs fold away under a plan; opened, as a lurah opens them to plan again.
                robot.interact(() -> robot.lookup("#plan-inputs").queryAs(javafx.scene.control.TitledPane.class)
                        .setExpanded(true));
                robot.sleep(400);
            }
            case "tab-follow-ups" -> {
                waitUntil(() -> !text(robot, "#follow-up-message").isEmpty()
                        && !text(robot, "#follow-up-message").endsWith("\u2026"));
                robot.clickOn("#follow-up-print-all");
                waitUntil(() -> text(robot, "#follow-up-page").matches(".*\\d.*"));
            }
            case "tab-queue-today" -> waitUntil(() -> !text(robot, "#queue-today-totals").isEmpty());
            case "tab-ikm" -> waitUntil(() -> text(robot, "#ikm-summary").contains("4"));
            case "tab-security" -> waitUntil(() -> !robot.lookup("#audit-table").queryTableView().getItems().isEmpty());
            case "tab-accounts" -> waitUntil(() -> !robot.lookup("#accounts-table").queryTableView().getItems()
                    .isEmpty());
            default -> {
            }
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
