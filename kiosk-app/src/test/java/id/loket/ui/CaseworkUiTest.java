package id.loket.ui;

import static id.loket.support.KioskUi.logIn;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.household.RtRef;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.support.CaseworkFixtures.Listed;
import id.loket.support.CaseworkFixtures;
import id.loket.support.OfficeTabs;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The office's case-work tabs on the real screens: desil/PKH list, follow-ups and corrections. */
@ExtendWith(ApplicationExtension.class)
class CaseworkUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private CaseworkFixtures fixtures;
    private Listed failed;
    private Registration failedRegistration;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("casework-" + System.nanoTime()), 200);
        fixtures = new CaseworkFixtures(app);
        failed = fixtures.unregistered().get(0);
        failedRegistration = fixtures.failed(failed.nik(), FailureReason.PORTAL_DOWN, "Portal tidak dapat diakses");
        kiosk = StartedKiosk.launch(app).size(1600, 900).showing(ShellView.Face.OFFICE).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private void openOffice(FxRobot robot) {
        logIn(robot, "lurah", "999999");
        waitUntil(() -> text(robot, "#office-totals").contains("200"));
    }

    @Test
    void theLurahListsTheFollowUpsSetsAComeBackDateAndPrintsTheSheetForTheKetuaRt(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-follow-ups");
        waitUntil(() -> robot.lookup("#follow-up-table").queryTableView().getItems().stream()
                .anyMatch(row -> row.toString().contains(failedRegistration.code())));

        RtRef rt = RtRef.of(failed.rw(), failed.rt());
        robot.interact(() -> combo(robot, "#follow-up-rt").setValue(rt));
        robot.clickOn("#follow-up-show-rt");
        waitUntil(() -> text(robot, "#follow-up-message").contains(rt.label()));
        robot.interact(() -> robot.lookup("#follow-up-table").queryTableView().getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#follow-up-due").<javafx.scene.control.DatePicker>queryAs(
                javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2026, 6, 10)));
        robot.clickOn("#follow-up-set-due");
        waitUntil(() -> text(robot, "#follow-up-message").contains("2026-06-10"));

        robot.clickOn("#follow-up-print-rt");
        waitUntil(() -> text(robot, "#follow-up-message").contains("tindak-lanjut-RT" + failed.rt() + "-RW"
                + failed.rw()));
        assertThat(robot.lookup("#follow-up-preview").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#follow-up-save-copy").queryButton().isDisabled())
                .as("the sheet is offered to save where the lurah chooses").isFalse();
    }

    @Test
    void theLurahCorrectsARegistrationWithAReasonAndSeesTheNewReceipt(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-correction");
        robot.clickOn("#correction-query").write(failedRegistration.code());
        robot.clickOn("#correction-find");
        waitUntil(() -> text(robot, "#correction-message").contains("Satu pendaftaran"));

        robot.interact(() -> combo(robot, "#correction-outcome").setValue(Outcome.BERHASIL));
        robot.interact(() -> robot.lookup("#correction-note").queryTextInputControl().clear());
        robot.clickOn("#correction-reference").write("PLS-2026-009999");
        robot.clickOn("#correction-save");
        waitUntil(() -> text(robot, "#correction-message").contains("alasan koreksi"));

        robot.clickOn("#correction-reason").write("Portal pulih, pendaftaran berhasil sore hari");
        robot.clickOn("#correction-save");
        waitUntil(() -> text(robot, "#correction-message").contains("Koreksi " + failedRegistration.code()
                + " disimpan"));
        assertThat(robot.lookup("#correction-receipt").queryAs(ImageView.class).getImage()).isNotNull();
        waitUntil(() -> !robot.lookup("#correction-history").queryListView().getItems().isEmpty());
        // The history names the fields in words, not as the program calls them.
        assertThat(robot.lookup("#correction-history").queryListView().getItems().get(0).toString())
                .contains("hasil", "nomor referensi portal").doesNotContain("PORTAL_REFERENCE");
        assertThat(app.registration().lookup().lookup(failed.nik(),
                fixtures.agent()).status().orElseThrow().alreadyRegistered())
                .isTrue();
    }

    @Test
    void theCorrectionAsksForTheFailureReasonOrTheComeBackDayAsTheOutcomeNeeds(FxRobot robot) {
        openOffice(robot);
        OfficeTabs.open(robot, "tab-correction");
        robot.clickOn("#correction-query").write(failedRegistration.code());
        robot.clickOn("#correction-find");
        waitUntil(() -> text(robot, "#correction-message").contains("Satu pendaftaran"));

        // GAGAL: the saved reason is shown in words; no come-back day is asked for.
        waitUntil(() -> combo(robot, "#correction-failure-reason").getValue() == FailureReason.PORTAL_DOWN);
        assertThat(shown(robot, "#correction-failure-reason")).isTrue();
        assertThat(shown(robot, "#correction-follow-up-date")).isFalse();
        waitUntil(() -> robot.lookup("#correction-failure-reason").lookup(".list-cell").queryAllAs(ListCell.class)
                .stream().anyMatch(cell -> "Portal tidak bisa dibuka".equals(cell.getText())));

        robot.interact(() -> combo(robot, "#correction-outcome").setValue(Outcome.PERLU_TINDAK_LANJUT));
        assertThat(shown(robot, "#correction-failure-reason")).isFalse();
        assertThat(shown(robot, "#correction-follow-up-date")).isTrue();
        robot.interact(() -> robot.lookup("#correction-note").queryTextInputControl().setText("Bawa KK asli"));
        robot.clickOn("#correction-reason").write("Bukan gagal: KK asli tertinggal");
        // Typed into the field itself: the outcome just changed which fields show, and a click by position
        // could land while the form is still being laid out again.
        robot.interact(() -> robot.lookup("#correction-follow-up-date").queryTextInputControl().setText("Senin"));
        robot.clickOn("#correction-save");
        waitUntil(() -> text(robot, "#correction-message").contains("Tanggal Senin tidak terbaca"));

        robot.interact(() -> robot.lookup("#correction-follow-up-date").queryTextInputControl().clear());
        robot.clickOn("#correction-follow-up-date").write("08-06-2026");
        robot.clickOn("#correction-save");
        waitUntil(() -> text(robot, "#correction-message").contains("Koreksi " + failedRegistration.code()
                + " disimpan"));
        Registration corrected = app.lists().casework().corrections().find(failedRegistration.code(),
                fixtures.supervisor())
                .found().get(0).registration();
        assertThat(corrected.outcome()).isEqualTo(Outcome.PERLU_TINDAK_LANJUT);
        assertThat(corrected.followUpOn()).contains(java.time.LocalDate.of(2026, 6, 8));
        assertThat(corrected.failureReason()).isEmpty();
    }

    @Test
    void theLurahImportsADesilPkhListAndReadsTheRowsNotUsed(FxRobot robot) throws Exception {
        Path csv = dir.resolve("pkh-" + System.nanoTime() + ".csv");
        Files.writeString(csv, "NIK;Desil;PKH\n" + failed.nik() + ";1;ya\n6471050101900099;2;\n",
                StandardCharsets.UTF_8);
        openOffice(robot);
        OfficeTabs.open(robot, "tab-social-list");
        robot.clickOn("#social-file").write(csv.toString());
        robot.clickOn("#social-start");
        waitUntil(() -> !robot.lookup("#social-problems").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#social-problems").queryListView().getItems().get(0).toString())
                .contains("647105******0099", "tidak ditemukan");
        assertThat(text(robot, "#social-summary")).contains("1 rumah tangga ditandai");
        waitUntil(() -> robot.lookup("#social-report").queryAs(ImageView.class).getImage() != null);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(FxRobot robot, String query) {
        return (ComboBox<Object>) robot.lookup(query).query();
    }

    /** Whether the node is on screen, asked on the FX thread. */
    private static boolean shown(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).query().isVisible()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("cannot ask whether " + query + " is shown", e);
        }
    }
}
