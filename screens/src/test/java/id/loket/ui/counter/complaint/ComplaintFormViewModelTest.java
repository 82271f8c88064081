package id.loket.ui.counter.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.queue.Lane;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complaint recorded at the information counter, on a real database and the test printer. */
class ComplaintFormViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private ComplaintFormViewModel form;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void serveAResidentAtTheInformationCounter() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        form = new ComplaintFormViewModel(app.complaintDesk().complaints(), app.queue().counter().services().stream()
                .map(s -> new ComplaintFormViewModel.ServiceChoice(s.code(),
                app.queue().counter().serviceName(s.code())))
                .toList(), background, texts, agent);
        form.serve(app.queue().tickets().issue(ServiceKind.INFORMASI, Lane.REGULAR).ticket());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private void fillIn() {
        form.kindProperty().set(ComplaintKind.COMPLAINT);
        form.serviceProperty().set(form.services().get(0));
        form.textProperty().set("Antrean pagi terlalu lama, tidak ada kursi.");
    }

    @Test
    void aCompleteComplaintIsRecordedWithItsNumberAndTheFormEmptiesForTheNext() {
        fillIn();

        form.record();

        assertThat(form.lastNumberProperty().get()).isNotEmpty();
        assertThat(form.messageProperty().get()).contains(form.lastNumberProperty().get());
        assertThat(form.unsaved()).isFalse();
    }

    @Test
    void aComplaintWithoutWordsIsRefusedAndSaysWhatIsMissing() {
        fillIn();
        form.textProperty().set("   ");

        form.record();

        assertThat(form.lastNumberProperty().get()).isEmpty();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("complaint.problem.noText"));
        assertThat(form.kindProperty().get()).as("what was chosen stays").isEqualTo(ComplaintKind.COMPLAINT);
    }

    @Test
    void aDatabaseThatIsGoneSaysWhyAndKeepsWhatTheResidentSaid() {
        fillIn();
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        form.record();

        assertThat(form.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(form.textProperty().get()).isEqualTo("Antrean pagi terlalu lama, tidak ada kursi.");
        assertThat(form.recordingProperty().get()).isFalse();
    }
}
