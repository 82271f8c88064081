package id.loket.ui.office;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.skm.RespondentProfile;
import id.loket.domain.skm.SkmResponse;
import id.loket.domain.skm.SkmSource;
import id.loket.support.OfficeTabs;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Office → Kemajuan → IKM: the index per element as a chart, per service and period, and by month. */
@ExtendWith(ApplicationExtension.class)
class IkmTabUiTest {

    @TempDir
    Path dir;
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

    private static void answer(AppContext app, LocalDate day, String service, int... answers) {
        app.programmes().skm().surveys().save(new SkmResponse(day, service, answers, RespondentProfile.NONE,
                SkmSource.TOUCH));
    }

    @Test
    void theTabShowsTheIndexPerServiceAndPeriodWithABarPerElementAndAPointPerMonth(FxRobot robot) {
        AppContext app = TestApps.withDemoData(dir.resolve("ikm"), 10, "ui.language", "id");
        LocalDate today = app.reporting().progress().today();
        answer(app, today, "PERLINSOS", 4, 4, 4, 4, 4, 4, 4, 4, 4);
        answer(app, today, "PERLINSOS", 3, 3, 3, 3, 3, 3, 3, 3, 2);
        answer(app, today.withDayOfMonth(1).minusMonths(1), "IKD", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.OFFICE)
                .on(stage));
        logIn(robot, "lurah", "999999");

        OfficeTabs.open(robot, "tab-ikm");

        waitUntil(() -> text(robot, "#ikm-summary").equals("IKM 86,11: mutu B (Baik), 2 responden"));
        BarChart<?, ?> elements = robot.lookup("#ikm-elements").query();
        assertThat(elements.getData().get(0).getData()).hasSize(9);

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<IkmViewModel.Scope> scope = robot.lookup("#ikm-scope").query();
            scope.getSelectionModel().select(scope.getItems().stream()
                    .filter(s -> s.serviceCode().equals(java.util.Optional.of("IKD"))).findFirst().orElseThrow());
        });
        waitUntil(() -> text(robot, "#ikm-summary").equals("Belum ada jawaban survei pada periode ini."));

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<IkmViewModel.PeriodChoice> period = robot.lookup("#ikm-period").query();
            period.getSelectionModel().select(IkmViewModel.PeriodChoice.THIS_YEAR);
        });
        if (today.getMonthValue() > 1) {
            waitUntil(() -> text(robot, "#ikm-summary").startsWith("IKM 25,00: mutu D"));
            LineChart<?, ?> trend = robot.lookup("#ikm-trend").query();
            assertThat(trend.getData().get(0).getData()).hasSize(1);
        }
    }
}
