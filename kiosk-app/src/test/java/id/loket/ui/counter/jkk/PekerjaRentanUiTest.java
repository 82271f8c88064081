package id.loket.ui.counter.jkk;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.visibleText;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A vulnerable worker at the counter: a C ticket opens the proposal form, the rules are judged as the agent
 * types, Save stores the proposal and prints the Lampiran II form (the PDF-folder printer); and the form
 * fits at 1366x768 and 1024x768, in Indonesian and English.
 */
@ExtendWith(ApplicationExtension.class)
class PekerjaRentanUiTest {

    private static final String NIK = "6471051501800001";
    private static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1024, 768});

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
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

    private Ticket openWithTicket(FxRobot robot, String language) {
        app = TestApps.withDemoData(dir.resolve(language + "-" + System.nanoTime()), 40, "ui.language", language);
        robot.interact(() -> kiosk = StartedKiosk.launch(app).size(1366, 768).showing(ShellView.Face.CHOOSER)
                .on(stage));
        Ticket ticket = app.queue().tickets().issue("PEKERJA_RENTAN", Lane.REGULAR).ticket();
        openCounter(robot);
        key(robot, KeyCode.F2);
        waitUntil(() -> "C-001".equals(visibleText(robot, "#counter-current-ticket")));
        waitUntil(() -> robot.lookup("#jkk-nik").query().isFocused());
        return ticket;
    }

    @SuppressWarnings("unchecked")
    private void fillEligiblePemulung(FxRobot robot, String poverty) {
        robot.write(NIK);
        robot.clickOn("#jkk-name").write("Budi Santoso");
        robot.clickOn("#jkk-birth-place").write("Balikpapan");
        robot.clickOn("#jkk-address").write("Jl. Mawar No. 3, RT 001 / RW 003");
        robot.clickOn("#jkk-phone").write("0812 3456 7890");
        robot.clickOn("#jkk-ktp-occupation").write("Wiraswasta");
        ComboBox<JobType> job = robot.lookup("#jkk-job").queryAs(ComboBox.class);
        robot.interact(() -> job.getSelectionModel().select(JobType.O));
        robot.clickOn("#jkk-job-specific").write("pemulung plastik");
        robot.clickOn("#jkk-income").write("2000000");
        robot.clickOn("#jkk-domicile").write("1-1-2020");
        robot.clickOn("#jkk-poverty").clickOn(poverty);
    }

    private static List<String> verdictLines(FxRobot robot) {
        VBox box = robot.lookup("#jkk-verdicts").queryAs(VBox.class);
        return box.getChildren().stream().map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void aCTicketGoesFromTheLiveRulesToASavedProposalAndAPrintedForm(FxRobot robot) throws Exception {
        Ticket ticket = openWithTicket(robot, "id");
        assertThat(verdictLines(robot)).singleElement().asString().contains("Isi NIK");

        fillEligiblePemulung(robot, "Orang tidak mampu");

        waitUntil(() -> visibleText(robot, "#jkk-summary").contains("Memenuhi syarat"));
        assertThat(verdictLines(robot)).hasSize(6).allMatch(line -> line.startsWith("[ya]"));
        // The rules follow the typing: an income at the UMK fails huruf f at once.
        robot.doubleClickOn("#jkk-income").write("3856694.43");
        waitUntil(() -> visibleText(robot, "#jkk-summary").contains("huruf f"));
        robot.doubleClickOn("#jkk-income").write("2000000");
        waitUntil(() -> visibleText(robot, "#jkk-summary").contains("Memenuhi syarat"));

        robot.clickOn("#jkk-save");

        waitUntil(() -> visibleText(robot, "#jkk-message").contains("dicetak"));
        Proposal proposal = app.programmes().jkkProposals().find(2026, NIK).orElseThrow();
        assertThat(proposal.name()).isEqualTo("Budi Santoso");
        assertThat(proposal.ktpOccupation()).contains("Wiraswasta");
        Path printed = app.foundation().settings().data().dataDir().resolve("documents").resolve("printed")
                .resolve("usulan-pekerja-rentan-2026-" + String.format("%06d", proposal.id()) + ".pdf");
        waitUntil(() -> Files.isRegularFile(printed));
        try (PDDocument pdf = Loader.loadPDF(printed.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("FORMULIR USULAN", "Budi Santoso", NIK,
                    "pemulung plastik");
        }
        assertThat(ticket.serviceCode()).isEqualTo("PEKERJA_RENTAN");
        assertThat(robot.lookup("#jkk-save").query().isDisabled()).isTrue();
    }

    @Test
    void aResidentWhoFailsARuleIsNotSavedAndTheFormSaysWhy(FxRobot robot) {
        openWithTicket(robot, "id");
        fillEligiblePemulung(robot, "Bukan keduanya");
        waitUntil(() -> visibleText(robot, "#jkk-summary").contains("huruf b"));
        assertThat(verdictLines(robot)).anyMatch(line -> line.startsWith("[tidak]  b."));

        robot.clickOn("#jkk-save");

        waitUntil(() -> visibleText(robot, "#jkk-message").contains("Belum memenuhi syarat"));
        assertThat(app.programmes().jkkProposals().find(2026, NIK)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJobTypeIsFoundByTypingPartOfItsName(FxRobot robot) {
        openWithTicket(robot, "en");
        ComboBox<JobType> job = robot.lookup("#jkk-job").queryAs(ComboBox.class);

        robot.clickOn("#jkk-job").write("waste pick");
        key(robot, KeyCode.ENTER);

        waitUntil(() -> job.getValue() == JobType.O);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingWhatNoJobTypeIsCalledChoosesNothing(FxRobot robot) {
        openWithTicket(robot, "en");
        ComboBox<JobType> job = robot.lookup("#jkk-job").queryAs(ComboBox.class);

        robot.clickOn("#jkk-job").write("astronaut");
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(job.getValue()).isNull();
    }

    @Test
    void typedButUnsavedDataIsAskedAboutBeforeTheNextCall(FxRobot robot) {
        openWithTicket(robot, "id");
        robot.write(NIK);

        key(robot, KeyCode.F2);

        waitUntil(() -> robot.lookup("#unsaved-row").query().isVisible());
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#unsaved-row").query().isVisible());
        assertThat(visibleText(robot, "#counter-current-ticket")).isEqualTo("C-001");
        assertThat(robot.lookup("#jkk-nik").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(NIK);
    }

    @Test
    void theFormFitsInIndonesian(FxRobot robot) {
        fits(robot, "id", "Orang tidak mampu");
    }

    @Test
    void theFormFitsInEnglish(FxRobot robot) {
        fits(robot, "en", "Orang tidak mampu (poor)");
    }

    private void fits(FxRobot robot, String language, String poverty) {
        openWithTicket(robot, language);
        fillEligiblePemulung(robot, poverty);
        waitUntil(() -> verdictLines(robot).size() == 6);
        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String where = language + " at " + size[0] + "x" + size[1];
            Scene scene = stage.getScene();
            assertThat(ScreenFit.cutWords()).as(where).filteredOn(w -> w.contains("jkk-")).isEmpty();
            assertThat(ScreenFit.outsideWindow(scene, "#jkk-title", "#jkk-nik", "#jkk-name", "#jkk-poverty",
                    "#jkk-domicile", "#jkk-save", "#jkk-message")).as(where).isEmpty();
        }
    }
}
