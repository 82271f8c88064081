package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.CaseworkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration form at the counter, for a listed household not yet registered, on a real database. */
class RegistrationFormViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private IdentityViewModel identity;
    private HouseholdViewModel household;
    private RegistrationFormViewModel form;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void findAListedHousehold() {
        app = TestApps.withDemoData(dir, 20);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        identity = new IdentityViewModel(app.registration().lookup(), texts);
        household = new HouseholdViewModel(app.registration().lookup(), app.registration().registrations(), identity,
                background, texts, agent);
        form = new RegistrationFormViewModel(app.registration().registrations(), identity, household, Optional::empty,
                background,
                texts, agent);
        identity.nikProperty().set(new CaseworkFixtures(app).unregistered().get(0).nik());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private long registered() {
        return app.reporting().progress().current().registered();
    }

    @Test
    void aConsentedSuccessfulRegistrationIsSavedAndTheHouseholdShowsRegistered() {
        long before = registered();
        form.consentProperty().set(true);
        form.outcomeProperty().set(Outcome.BERHASIL);

        form.save();

        assertThat(form.savedProperty().get()).isTrue();
        assertThat(form.messageProperty().get()).startsWith("Tersimpan: ");
        assertThat(household.stateProperty().get()).isEqualTo(HouseholdViewModel.State.REGISTERED);
        assertThat(registered()).isEqualTo(before + 1);
    }

    @Test
    void aSecondSaveOfTheSameResidentSavesNothingMore() {
        form.consentProperty().set(true);
        form.outcomeProperty().set(Outcome.BERHASIL);
        form.save();
        long after = registered();

        form.save();

        assertThat(registered()).isEqualTo(after);
    }

    @Test
    void withoutConsentNothingIsSavedAndTheMessageSaysWhatToDo() {
        long before = registered();
        form.outcomeProperty().set(Outcome.BERHASIL);

        form.save();

        assertThat(form.savedProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("registration.problem.noConsent"));
        assertThat(registered()).isEqualTo(before);
    }

    @Test
    void aRefusedConsentForgetsTheResidentOnScreenAndSaysWhatWasRecorded() {
        form.refuse();

        assertThat(identity.nikProperty().get()).isEmpty();
        assertThat(household.stateProperty().get()).isEqualTo(HouseholdViewModel.State.NONE);
        assertThat(form.messageProperty().get()).startsWith("Penolakan dicatat");
    }

    @Test
    void aDatabaseThatIsGoneSaysWhyAndKeepsTheFormFilledIn() {
        form.consentProperty().set(true);
        form.outcomeProperty().set(Outcome.BERHASIL);
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        form.save();

        assertThat(form.savedProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(form.consentProperty().get()).isTrue();
        assertThat(form.outcomeProperty().get()).isEqualTo(Outcome.BERHASIL);
    }
    @Test
    void noFieldIsMarkedBeforeASaveIsRefused() {
        form.outcomeProperty().set(Outcome.GAGAL);

        assertThat(form.blockingFields()).isEmpty();
    }

    @Test
    void aRefusedSaveMarksEachFieldThatStopsItWithWhatIsWrongThere() {
        form.outcomeProperty().set(Outcome.GAGAL);

        form.save();

        assertThat(form.blockingFields()).containsOnlyKeys(RegistrationDraft.Field.CONSENT,
                RegistrationDraft.Field.FAILURE_REASON);
        assertThat(form.blockingFields().get(RegistrationDraft.Field.CONSENT))
                .isEqualTo(texts.text("registration.problem.noConsent"));
        assertThat(form.messageProperty().get()).contains(texts.text("registration.problem.noConsent"));
    }

    @Test
    void aMarkedFieldLosesItsMarkWhenFixedAndTheOthersKeepTheirs() {
        form.outcomeProperty().set(Outcome.GAGAL);
        form.save();

        form.consentProperty().set(true);

        assertThat(form.blockingFields()).containsOnlyKeys(RegistrationDraft.Field.FAILURE_REASON);
    }

    @Test
    void aProblemThatAppearsWhileTypingIsNotMarkedBeforeTheNextSave() {
        form.consentProperty().set(true);
        form.outcomeProperty().set(Outcome.GAGAL);
        form.save();

        // "Other" as the reason wants a note: a new problem, said only when Save is tried again.
        form.failureReasonProperty().set(FailureReason.OTHER);

        assertThat(form.blockingFields()).isEmpty();
        form.save();
        assertThat(form.blockingFields()).containsOnlyKeys(RegistrationDraft.Field.OUTCOME_NOTE);
    }

    @Test
    void theMarksCannotBeChangedFromOutside() {
        form.save();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> form.blockingFields().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
