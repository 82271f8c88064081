package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.CaseworkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The household panel's model: the lookup as the NIK or KK is typed, on the demo office's RT lists. */
class HouseholdViewModelTest {

    /** Valid, but on no RT list of the demo office. */
    private static final String NIK_ON_NO_LIST = "6471051501800001";

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private IdentityViewModel identity;
    private HouseholdViewModel household;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheCounter() {
        app = TestApps.withDemoData(dir, 20);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        identity = new IdentityViewModel(app.registration().lookup(), texts);
        household = new HouseholdViewModel(app.registration().lookup(), app.registration().registrations(), identity,
                background, texts, agent);
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void aListedHeadsNikFindsTheHouseholdNotYetRegistered() {
        CaseworkFixtures.Listed listed = new CaseworkFixtures(app).unregistered().get(0);

        identity.nikProperty().set(listed.nik());

        assertThat(household.stateProperty().get()).isEqualTo(HouseholdViewModel.State.NOT_REGISTERED);
        assertThat(household.summaryProperty().get()).contains(listed.name(), texts.text("counter.household.notRegistered"));
    }

    @Test
    void aValidNikOnNoListIsServedAsAWalkInWithTheRtsToChooseFrom() {
        identity.nikProperty().set(NIK_ON_NO_LIST);

        assertThat(household.stateProperty().get()).isEqualTo(HouseholdViewModel.State.NOT_ON_LIST);
        assertThat(household.summaryProperty().get()).isEqualTo(texts.text("counter.household.notOnList"));
        assertThat(household.rts()).isNotEmpty();
    }

    @Test
    void aNikNotYetCompleteLooksNothingUp() {
        // Closed, so a lookup would say so instead.
        app.close();

        identity.nikProperty().set(NIK_ON_NO_LIST.substring(0, 10));

        assertThat(household.stateProperty().get()).isEqualTo(HouseholdViewModel.State.NONE);
        assertThat(household.summaryProperty().get()).isEmpty();
    }

    @Test
    void aKkNumberThatIsNotOneIsNamedInItsFeedback() {
        household.kkProperty().set("12345");

        assertThat(household.kkFeedbackProperty().get()).isNotBlank();
        assertThat(household.stateProperty().get()).isEqualTo(HouseholdViewModel.State.NONE);
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInThePanel() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        identity.nikProperty().set(NIK_ON_NO_LIST);

        assertThat(household.stateProperty().get()).isEqualTo(HouseholdViewModel.State.NONE);
        assertThat(household.summaryProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
