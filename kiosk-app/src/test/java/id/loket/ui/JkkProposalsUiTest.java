package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalDraft;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.domain.nik.Nik;
import id.loket.service.jkk.JkkFixtures;
import id.loket.service.jkk.JkkService;
import id.loket.support.OfficeTabs;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.Optional;
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
 * The lurah's pekerja rentan tab on the real office screen: the year's proposals priority first, one moved
 * a step along the flow, a refusal without its reason stopped with a message; the tab's words and controls
 * fit at 1366x768 and 1024x768. In Indonesian here, in English in the subclass.
 */
@ExtendWith(ApplicationExtension.class)
class JkkProposalsUiTest {

    private static final String[] CONTROLS = {"#jkk-year", "#jkk-reload", "#jkk-table", "#jkk-reason",
        "#jkk-step-DIVERIFIKASI", "#jkk-step-DITOLAK", "#jkk-termination", "#jkk-ended-on", "#jkk-end",
        "#jkk-message"};
    private static final Agent AGENT = new Agent(1, "agen1", "Agen Demo Satu", Role.AGENT, true);
    private static final Agent LURAH = new Agent(2, "lurah", "Lurah Demo", Role.SUPERVISOR, true);
    /** Lampiran I row of pemulung (job type o). */
    private static final int PEMULUNG_ROW = 17;

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private Stage stage;
    private Proposal plain;
    private Proposal priority;

    String language() {
        return "id";
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApps.withDemoData(dir.resolve("jkk-" + System.nanoTime()), 10, "ui.language", language());
        // Saved first, yet listed second: the extremely poor resident comes first (Pasal 5 ayat 2).
        plain = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW));
        priority = saved(JkkFixtures.draft(Nik.ofStored("6471051501800002", TestApps.FIRST_DAY), JobType.O,
                PEMULUNG_ROW, true, false, "1500000"));
        kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.OFFICE).on(stage);
    }

    private Proposal saved(ProposalDraft draft) {
        JkkService.Result result = app.programmes().jkkProposals().save(draft, AGENT);
        assertThat(result).as("the fixture's proposal is saved").isInstanceOf(JkkService.Done.class);
        return ((JkkService.Done) result).proposal();
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private TableView<Proposal> openTab(FxRobot robot) {
        logIn(robot, "lurah", "999999");
        waitUntil(() -> !text(robot, "#office-totals").isBlank());
        OfficeTabs.open(robot, "tab-jkk");
        TableView<Proposal> table = robot.lookup("#jkk-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        return table;
    }

    private ProposalStatus statusNow(Proposal proposal) {
        return app.programmes().jkkProposals().find(proposal.year(), proposal.nik()).orElseThrow().status();
    }

    @Test
    void theYearsProposalsArePriorityFirstWithTheNikMasked(FxRobot robot) {
        TableView<Proposal> table = openTab(robot);

        assertThat(table.getItems()).extracting(Proposal::id).containsExactly(priority.id(), plain.id());
        assertThat(table.getColumns().get(0).getCellData(0).toString()).contains(priority.maskedNik())
                .doesNotContain(priority.nik());
        assertThat(table.getColumns().get(4).getCellData(0))
                .isEqualTo(app.foundation().texts().text("jkk.list.priority.extremePoor"));
    }

    @Test
    void theLurahMovesAProposalOneStepAndSeesItsNewStatus(FxRobot robot) {
        TableView<Proposal> table = openTab(robot);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#jkk-step-DIVERIFIKASI").tryQuery().isPresent());

        robot.clickOn("#jkk-step-DIVERIFIKASI");

        String verified = app.foundation().texts().text("jkk.status.DIVERIFIKASI");
        waitUntil(() -> text(robot, "#jkk-message").contains(verified));
        assertThat(statusNow(priority)).isEqualTo(ProposalStatus.DIVERIFIKASI);
        assertThat(table.getColumns().get(3).getCellData(0)).isEqualTo(verified);
        // Still chosen, so the next step of the flow is offered now.
        waitUntil(() -> robot.lookup("#jkk-step-DICEK_BPJS").tryQuery().isPresent());
    }

    @Test
    void aRefusalWithoutItsReasonIsStoppedAndSaysWhy(FxRobot robot) {
        TableView<Proposal> table = openTab(robot);
        robot.interact(() -> table.getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#jkk-step-DITOLAK").tryQuery().isPresent());

        robot.clickOn("#jkk-step-DITOLAK");

        waitUntil(() -> text(robot, "#jkk-message").equals(app.foundation().texts().text("jkk.problem.rejectReason")));
        assertThat(statusNow(plain)).isEqualTo(ProposalStatus.DIAJUKAN);

        robot.clickOn("#jkk-reason").write("Sudah menjadi peserta BPJS Ketenagakerjaan");
        robot.clickOn("#jkk-step-DITOLAK");
        waitUntil(() -> statusNow(plain) == ProposalStatus.DITOLAK);
        waitUntil(() -> String.valueOf(table.getColumns().get(3).getCellData(1)).contains("Sudah menjadi peserta"));
    }

    @Test
    void aCoverSetByTheWaliKotaEndsForAPasal10ReasonOnlyWhenTheReasonIsChosen(FxRobot robot) {
        for (ProposalStatus step : new ProposalStatus[] {ProposalStatus.DIVERIFIKASI, ProposalStatus.DICEK_BPJS,
            ProposalStatus.DITETAPKAN}) {
            assertThat(app.programmes().jkkProposals().changeStatus(plain.id(), step, Optional.empty(), LURAH))
                    .isInstanceOf(JkkService.Done.class);
        }
        TableView<Proposal> table = openTab(robot);
        robot.interact(() -> table.getSelectionModel().select(1));
        waitUntil(() -> !robot.lookup("#jkk-end").query().isDisabled());

        robot.clickOn("#jkk-end");
        waitUntil(() -> text(robot, "#jkk-message").equals(app.foundation().texts().text("jkk.office.endNeeds")));
        assertThat(statusNow(plain)).isEqualTo(ProposalStatus.DITETAPKAN);

        ComboBox<Termination> why = robot.lookup("#jkk-termination").query();
        robot.interact(() -> why.setValue(Termination.FORMAL_WORK));
        robot.clickOn("#jkk-end");
        waitUntil(() -> statusNow(plain) == ProposalStatus.BERHENTI);
        waitUntil(() -> text(robot,
                "#jkk-message").contains(app.foundation().texts().text("jkk.termination.FORMAL_WORK")));
        // Ended is final: no step is offered, and it cannot end twice.
        waitUntil(() -> robot.lookup("#jkk-end").query().isDisabled());
        assertThat(robot.lookup("[id^=jkk-step-]").queryAll()).isEmpty();
    }

    @Test
    void theTabsWordsAndControlsFitAt1366And1024(FxRobot robot) {
        TableView<Proposal> table = openTab(robot);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#jkk-step-DIVERIFIKASI").tryQuery().isPresent());
        for (int width : new int[] {1366, 1024}) {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(768);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ScreenFit.cutWords()).as("words cut at " + width).isEmpty();
            assertThat(ScreenFit.outsideWindow(stage.getScene(), CONTROLS)).as("controls outside at " + width)
                    .isEmpty();
            assertThat(robot.lookup("#jkk-table").query().getBoundsInLocal().getHeight()).as("table at " + width)
                    .isGreaterThanOrEqualTo(160);
            // To look at the tab yourself: -Djkk.snapshot=<folder>.
            if (System.getProperty("jkk.snapshot") != null) {
                snapshot(robot, language() + "-" + width);
            }
        }
    }

    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            var image = stage.getScene().snapshot(null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        Path.of(System.getProperty("jkk.snapshot"), "jkk-" + name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
