package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.household.OpenHousehold;
import id.loket.support.OfficeTabs;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
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
 * The lurah records why a household will not register and takes it back, on the real office screen;
 * the tab's words fit at 1366x768 and 1024x768. In Indonesian here, in English in the subclass.
 */
@ExtendWith(ApplicationExtension.class)
class ExplanationsUiTest {

    private static final String[] CONTROLS = {"#explanation-rt", "#explanation-show", "#explanation-open-table",
        "#explanation-reason", "#explanation-reported-by", "#explanation-reported-on", "#explanation-record",
        "#explanation-explained-table", "#explanation-undo", "#explanation-message"};

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private Stage stage;

    String language() {
        return "id";
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApps.withDemoData(dir.resolve("explain-" + System.nanoTime()), 120, "ui.language", language());
        kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.OFFICE).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private void openTab(FxRobot robot) {
        logIn(robot, "lurah", "999999");
        waitUntil(() -> !text(robot, "#office-totals").isBlank());
        OfficeTabs.open(robot, "tab-explanations");
        waitUntil(() -> !table(robot, "#explanation-open-table").getItems().isEmpty());
    }

    @Test
    void theLurahRecordsAnExplanationAndUndoesIt(FxRobot robot) {
        openTab(robot);
        TableView<OpenHousehold> open = table(robot, "#explanation-open-table");
        OpenHousehold household = open.getItems().get(0);
        int before = open.getItems().size();

        robot.interact(() -> open.getSelectionModel().select(0));
        robot.clickOn("#explanation-record");
        waitUntil(() -> !text(robot, "#explanation-message").contains(household.headName())
                && !text(robot, "#explanation-message").isBlank());
        assertThat(table(robot, "#explanation-explained-table").getItems()).as("nothing saved without a reason")
                .isEmpty();

        robot.interact(() -> reasonPicker(robot).setValue(ExplanationReason.MOVED_OUT));
        robot.clickOn("#explanation-reported-by").write("Pak Darto");
        robot.clickOn("#explanation-record");
        waitUntil(() -> text(robot, "#explanation-message").contains(household.headName()));
        waitUntil(() -> table(robot, "#explanation-explained-table").getItems().size() == 1);
        assertThat(table(robot, "#explanation-open-table").getItems()).hasSize(before - 1);

        robot.interact(() -> table(robot, "#explanation-explained-table").getSelectionModel().select(0));
        robot.clickOn("#explanation-undo");
        waitUntil(() -> table(robot, "#explanation-explained-table").getItems().isEmpty());
        assertThat(table(robot, "#explanation-open-table").getItems()).hasSize(before);
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
                    .filteredOn(entry -> entry.contains("explanation")).isEmpty();
            assertThat(ScreenFit.outsideWindow(stage.getScene(), CONTROLS)).as("controls outside at " + width)
                    .isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ExplanationReason> reasonPicker(FxRobot robot) {
        return robot.lookup("#explanation-reason").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
