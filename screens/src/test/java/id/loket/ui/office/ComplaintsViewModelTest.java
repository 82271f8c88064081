package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lurah's complaints tab on a real database with one complaint recorded at the counter. */
class ComplaintsViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private ComplaintsViewModel complaints;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void recordAComplaintAndOpenTheTab() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        app.complaintDesk().complaints().record(new ComplaintDraft(Optional.of(ComplaintKind.COMPLAINT),
                Optional.of(ServiceKind.PERLINSOS), "Antrean pagi terlalu lama.", Optional.empty(), Optional.empty()),
                agent);
        Agent lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        complaints = new ComplaintsViewModel(app.complaintDesk().complaints(), app.complaintDesk().complaintReport(),
                app.reporting().reports(),
                app.reporting().officeDesk().printer(), background, texts, lurah,
                        () -> LocalDate.now(TestApps.FIRST_DAY));
        complaints.refresh();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void theOpenComplaintsAreListedAndCounted() {
        assertThat(complaints.lines()).hasSize(1);
        assertThat(complaints.messageProperty().get()).startsWith("1 pengaduan dan saran");
    }

    @Test
    void aChosenComplaintOpensWholeWithItsWords() {
        complaints.chosenProperty().set(complaints.lines().get(0));

        assertThat(complaints.detailProperty().get()).contains("Antrean pagi terlalu lama.",
                complaints.lines().get(0).number());
    }

    @Test
    void anAssignedComplaintSaysToWhomInTheList() {
        var line = complaints.lines().get(0);
        complaints.chosenProperty().set(line);
        complaints.assigneeProperty().set("Kasi Pelayanan");

        complaints.assign();

        assertThat(complaints.messageProperty().get()).isEqualTo(texts.text("complaint.office.assigned", line.number()));
        assertThat(complaints.handler(complaints.lines().get(0))).contains("Kasi Pelayanan");
    }

    @Test
    void anActionWithoutAChosenComplaintAsksForOne() {
        complaints.close();

        assertThat(complaints.messageProperty().get()).isEqualTo(texts.text("complaint.office.chooseFirst"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWords() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        complaints.refresh();

        assertThat(complaints.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
