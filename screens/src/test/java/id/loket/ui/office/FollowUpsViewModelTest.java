package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.text.Texts;
import id.loket.service.casework.FollowUpList;
import id.loket.support.CaseworkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registrations to follow up, per RT, on a real database with one failed registration. */
class FollowUpsViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private FollowUpsViewModel followUps;
    private CaseworkFixtures.Listed failed;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void failARegistrationAndOpenTheTab() {
        app = TestApps.withDemoData(dir, 20);
        background = SameThread.background();
        CaseworkFixtures fixtures = new CaseworkFixtures(app);
        failed = fixtures.unregistered().get(0);
        fixtures.failed(failed.nik(), FailureReason.PORTAL_DOWN, "");
        followUps = new FollowUpsViewModel(app.lists().casework().followUps(), app.reporting().reports(),
                app.reporting().officeDesk().printer(),
                background, texts, fixtures.supervisor());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private FollowUpList.FollowUp rowOfTheFailed() {
        return followUps.rows().stream().filter(row -> row.headName().equals(failed.name())).findFirst().orElseThrow();
    }

    @Test
    void everyRtsFollowUpsAreListedWithTheFailedRegistrationAndCounted() {
        followUps.showAll();

        assertThat(rowOfTheFailed()).isNotNull();
        assertThat(followUps.messageProperty().get()).isEqualTo(texts.text("followUp.office.count",
                followUps.rows().size(), texts.text("followUp.allRts")));
        assertThat(followUps.rts()).contains(rowOfTheFailed().rt());
    }

    @Test
    void aDayToComeBackIsSetOnTheChosenRowAndSaid() {
        followUps.showAll();
        followUps.chosenProperty().set(rowOfTheFailed());
        followUps.dueOnProperty().set(TODAY.plusDays(3));

        followUps.setDueOn();

        assertThat(followUps.messageProperty().get()).isEqualTo(texts.text("followUp.office.dueSet", failed.name(),
                TODAY.plusDays(3).toString()));
        assertThat(rowOfTheFailed().dueOn()).contains(TODAY.plusDays(3));
    }

    @Test
    void settingADayWithoutAChosenRowAsksForOne() {
        followUps.setDueOn();

        assertThat(followUps.messageProperty().get()).isEqualTo(texts.text("followUp.office.chooseRow"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWords() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        followUps.showAll();

        assertThat(followUps.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
