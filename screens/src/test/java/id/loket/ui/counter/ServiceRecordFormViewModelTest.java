package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.servicerecord.ServiceOutcome;
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

/** The short service record at the counter, for a resident with an IKD ticket, on a real database. */
class ServiceRecordFormViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private ServiceRecordFormViewModel form;
    private Ticket ticket;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void serveAnIkdTicket() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        form = new ServiceRecordFormViewModel(app.registration().serviceRecords(), app.queue().counter()::serviceName,
                background, texts,
                agent);
        ticket = app.queue().tickets().issue(ServiceKind.IKD, Lane.REGULAR).ticket();
        form.serve(ticket);
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void anIkdTicketOpensTheActivationFormNamedForItsTicket() {
        assertThat(form.kindProperty().get()).isEqualTo(ServiceKind.IKD_ACTIVATION);
        assertThat(form.titleProperty().get()).isEqualTo(texts.text("serviceRecord.title",
                app.queue().counter().serviceName(ServiceKind.IKD), ticket.displayNumber()));
    }

    @Test
    void anOutcomeChosenIsSavedOnceAndSaidSo() {
        form.outcomeProperty().set(ServiceOutcome.ACTIVATED);

        form.save();

        assertThat(form.savedProperty().get()).isTrue();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("serviceRecord.saved", ticket.displayNumber()));
        assertThat(form.unsaved()).isFalse();
    }

    @Test
    void savingWithoutAnOutcomeIsRefusedAndSaysWhatToChoose() {
        form.save();

        assertThat(form.savedProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("serviceRecord.problem.noOutcome"));
    }

    @Test
    void aFailedActivationNeedsItsReasonBeforeItIsSaved() {
        form.outcomeProperty().set(ServiceOutcome.NOT_ACTIVATED);

        form.save();

        assertThat(form.savedProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("serviceRecord.problem.noReason"));
    }

    @Test
    void aDatabaseThatIsGoneSaysWhyAndKeepsWhatTheAgentChose() {
        form.outcomeProperty().set(ServiceOutcome.ACTIVATED);
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        form.save();

        assertThat(form.savedProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(form.outcomeProperty().get()).isEqualTo(ServiceOutcome.ACTIVATED);
        assertThat(form.unsaved()).as("the choice waits for the next try").isTrue();
    }

    @Test
    void theNextTicketStartsAnEmptyForm() {
        form.outcomeProperty().set(ServiceOutcome.ACTIVATED);
        form.noteProperty().set("pakai HP anak");

        form.serve(app.queue().tickets().issue(ServiceKind.IKD, Lane.REGULAR).ticket());

        assertThat(form.outcomeProperty().get()).isNull();
        assertThat(form.noteProperty().get()).isEmpty();
        assertThat(form.unsaved()).isFalse();
    }
}
