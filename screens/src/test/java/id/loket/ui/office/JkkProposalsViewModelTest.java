package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.service.jkk.JkkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lurah's pekerja rentan proposals of the year: listed, and one moved along the flow. */
class JkkProposalsViewModelTest {

    /** The pemulung row of the shipped Perangkat Daerah table. */
    private static final int PEMULUNG_ROW = 17;

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private JkkProposalsViewModel proposals;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void proposeOneWorkerAndOpenTheTab() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        app.programmes().jkkProposals().save(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW), agent);
        Agent lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        proposals = new JkkProposalsViewModel(app.programmes().jkkProposals(), background, texts, lurah,
                () -> LocalDate.now(TestApps.FIRST_DAY));
        proposals.refresh();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void theYearsProposalsAreListedAndCounted() {
        assertThat(proposals.proposals()).hasSize(1);
        assertThat(proposals.messageProperty().get()).isEqualTo(texts.text("jkk.office.count", "2026", 1));
    }

    @Test
    void aChosenProposalOffersTheStepsTheFlowAllowsNext() {
        proposals.chosenProperty().set(proposals.proposals().get(0));

        assertThat(proposals.nextSteps()).contains(ProposalStatus.DIVERIFIKASI).doesNotContain(ProposalStatus.BERHENTI);
    }

    @Test
    void aProposalMovedOnIsListedWithItsNewStatus() {
        proposals.chosenProperty().set(proposals.proposals().get(0));

        proposals.move(ProposalStatus.DIVERIFIKASI);

        assertThat(proposals.messageProperty().get()).isEqualTo(texts.text("jkk.office.moved", "Budi Santoso",
                proposals.label(ProposalStatus.DIVERIFIKASI)));
        assertThat(proposals.proposals().get(0).status()).isEqualTo(ProposalStatus.DIVERIFIKASI);
    }

    @Test
    void movingWithoutAChosenProposalAsksForOne() {
        proposals.move(ProposalStatus.DIVERIFIKASI);

        assertThat(proposals.messageProperty().get()).isEqualTo(texts.text("jkk.office.chooseFirst"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWords() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        proposals.refresh();

        assertThat(proposals.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
