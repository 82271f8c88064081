package id.loket.ui.counter.jkk;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Poverty;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
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

/** The pekerja rentan proposal at the counter: the rules judged as typed, and one save, on a real database. */
class PekerjaRentanViewModelTest {

    private static final String NIK = "6471051501800001";

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private PekerjaRentanViewModel form;
    private Ticket ticket;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void serveAPekerjaRentanTicket() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        form = new PekerjaRentanViewModel(app.programmes().jkkProposals(), app.programmes().jkkDocuments(),
                app.peripherals().devices(), background, texts,
                agent);
        ticket = app.queue().tickets().issue("PEKERJA_RENTAN", Lane.REGULAR).ticket();
        form.serve(ticket);
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    /** A waste picker who meets every rule while {@code poverty} is one of the two the programme is for. */
    private void fillInAPemulung(Poverty poverty) {
        form.nikProperty().set(NIK);
        form.nameProperty().set("Budi Santoso");
        form.birthPlaceProperty().set("Balikpapan");
        form.addressProperty().set("Jl. Mawar No. 3, RT 001 / RW 003");
        form.jobProperty().set(JobType.O);
        form.jobSpecificProperty().set("pemulung plastik");
        form.incomeProperty().set("2000000");
        form.domicileTextProperty().set("1-1-2020");
        form.povertyProperty().set(poverty);
    }

    @Test
    void aPekerjaRentanTicketOpensTheFormNamedForIt() {
        assertThat(form.activeProperty().get()).isTrue();
        assertThat(form.titleProperty().get()).isEqualTo(texts.text("jkk.counter.title", ticket.displayNumber()));
    }

    @Test
    void aResidentWhoMeetsEveryRuleIsSaidToBeEligible() {
        fillInAPemulung(Poverty.TIDAK_MAMPU);

        assertThat(form.eligibleProperty().get()).isTrue();
        assertThat(form.summaryProperty().get()).isEqualTo(texts.text("jkk.counter.eligible"));
        assertThat(form.verdicts()).isNotEmpty().allMatch(line -> Boolean.TRUE.equals(line.holds()));
    }

    @Test
    void anIncomeAtTheMinimumWageFailsTheIncomeRuleAsSoonAsItIsTyped() {
        fillInAPemulung(Poverty.TIDAK_MAMPU);

        form.incomeProperty().set("3856694.43");

        assertThat(form.eligibleProperty().get()).isFalse();
        assertThat(form.summaryProperty().get()).isEqualTo(texts.text("jkk.counter.notEligible", "f"));
    }

    @Test
    void anEligibleProposalIsSavedOnceAndStoredUnderItsNik() {
        fillInAPemulung(Poverty.TIDAK_MAMPU);

        form.save();

        assertThat(form.savedProperty().get()).isTrue();
        assertThat(app.programmes().jkkProposals().find(2026,
                NIK)).get().extracting(p -> p.name()).isEqualTo("Budi Santoso");
        assertThat(form.unsaved()).isFalse();
    }

    @Test
    void anIncompleteFormIsNotSavedAndSaysSo() {
        form.nikProperty().set(NIK);

        form.save();

        assertThat(form.savedProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("jkk.counter.incomplete"));
    }

    @Test
    void aDatabaseThatIsGoneSaysWhyAndKeepsEverythingTyped() {
        fillInAPemulung(Poverty.TIDAK_MAMPU);
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        form.save();

        assertThat(form.savedProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(form.nameProperty().get()).isEqualTo("Budi Santoso");
        assertThat(form.unsaved()).isTrue();
    }
}
