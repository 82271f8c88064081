package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.text.Texts;
import id.loket.support.CaseworkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import id.loket.wiring.AppContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervisor's correction of a saved registration: found, corrected, refused, on a real database. */
class CorrectionViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private CaseworkFixtures fixtures;
    private Registration saved;
    private CorrectionViewModel correction;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void failARegistrationAndOpenTheTab() {
        app = TestApps.withDemoData(dir, 20);
        background = SameThread.background();
        fixtures = new CaseworkFixtures(app);
        saved = fixtures.failed(fixtures.unregistered().get(0).nik(), FailureReason.PORTAL_DOWN,
                "Portal tidak dapat diakses");
        correction = new CorrectionViewModel(app.lists().casework().corrections(), background, texts,
                fixtures.supervisor());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private void find(String query) {
        correction.queryProperty().set(query);
        correction.find();
    }

    private Registration stored() {
        return app.lists().casework().corrections().find(saved.code(),
                fixtures.supervisor()).found().get(0).registration();
    }

    @Test
    void aRegistrationFoundByItsCodeIsChosenAndFillsTheForm() {
        find(saved.code());

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("correction.find.count", 1));
        assertThat(correction.found()).singleElement()
                .satisfies(c -> assertThat(c.registration().code()).isEqualTo(saved.code()));
        assertThat(correction.chosenProperty().get()).isEqualTo(correction.found().get(0));
        assertThat(correction.outcomeProperty().get()).isEqualTo(Outcome.GAGAL);
        assertThat(correction.failureReasonProperty().get()).isEqualTo(FailureReason.PORTAL_DOWN);
        assertThat(correction.noteProperty().get()).isEqualTo("Portal tidak dapat diakses");
        assertThat(correction.phoneProperty().get()).isEqualTo("081234567890");
        assertThat(correction.history()).isEmpty();
    }

    @Test
    void aCodeWrittenTheShortWayFindsTheSameRegistration() {
        find(" reg " + saved.id() + " ");

        assertThat(correction.found()).singleElement()
                .satisfies(c -> assertThat(c.registration().code()).isEqualTo(saved.code()));
    }

    @Test
    void aCodeThatFindsNothingSaysWhatWasSought() {
        find("REG-999999");

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("correction.find.none", "REG-999999"));
        assertThat(correction.found()).isEmpty();
    }

    @Test
    void wordsThatAreNeitherACodeNorANumberAreAnsweredWithHowToSearch() {
        find("Budi Santoso");

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("correction.find.how"));
        assertThat(correction.found()).isEmpty();
    }

    @Test
    void aSavedCorrectionIsSaidShownInTheHistoryAndAudited() {
        find(saved.code());
        correction.failureReasonProperty().set(FailureReason.NO_OTP);
        correction.reasonProperty().set("Salah pilih alasan di loket");

        correction.save();

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("correction.saved", saved.code()));
        assertThat(stored().failureReason()).contains(FailureReason.NO_OTP);
        assertThat(correction.history()).singleElement().asString()
                .contains("lurah", "Salah pilih alasan di loket");
        assertThat(correction.receiptProperty().get()).isNotNull();
        assertThat(correction.reasonProperty().get()).isEmpty();
        assertThat(app.security().auditTrail().search(TODAY, TODAY, Optional.of("lurah"),
                Optional.of(AuditAction.REGISTRATION_CORRECTED))).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("PORTAL_DOWN", "NO_OTP",
                        "Salah pilih alasan di loket"));
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedWithTheWordsAndNothingChanges() {
        find(saved.code());
        correction.failureReasonProperty().set(FailureReason.NO_OTP);

        correction.save();

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("correction.reasonRequired"));
        assertThat(correction.failureReasonProperty().get()).isEqualTo(FailureReason.NO_OTP);
        assertThat(stored().failureReason()).contains(FailureReason.PORTAL_DOWN);
    }

    @Test
    void aComeBackDayThatCannotBeReadIsNamedBeforeAnythingIsSent() {
        find(saved.code());
        correction.outcomeProperty().set(Outcome.PERLU_TINDAK_LANJUT);
        correction.followUpOnProperty().set("31-02-2026");
        correction.reasonProperty().set("Perlu datang lagi");

        correction.save();

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("counter.followUp.badDate", "31-02-2026"));
        assertThat(stored().outcome()).isEqualTo(Outcome.GAGAL);
    }

    @Test
    void savingTheFormAsItStandsSaysNothingChanged() {
        find(saved.code());
        correction.reasonProperty().set("Hanya memeriksa");

        correction.save();

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("correction.unchanged"));
        assertThat(app.security().auditTrail().search(TODAY, TODAY, Optional.empty(),
                Optional.of(AuditAction.REGISTRATION_CORRECTED))).isEmpty();
    }

    @Test
    void savingBeforeChoosingARegistrationAsksForOne() {
        correction.save();

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("correction.chooseFirst"));
    }

    @Test
    void anAgentIsToldOnlyASupervisorMayCorrectAndFindsNothing() {
        // The service enforces the rule; the model shows its words.
        CorrectionViewModel asAgent = new CorrectionViewModel(app.lists().casework().corrections(), background, texts,
                fixtures.agent());
        asAgent.queryProperty().set(saved.code());

        asAgent.find();

        assertThat(asAgent.messageProperty().get()).isEqualTo(texts.text("correction.supervisorOnly"));
        assertThat(asAgent.found()).isEmpty();
        assertThat(asAgent.chosenProperty().get()).isNull();
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndTheFormIsKept() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        find(saved.code());
        correction.failureReasonProperty().set(FailureReason.NO_OTP);
        correction.reasonProperty().set("Salah pilih alasan di loket");
        app.close();

        correction.save();

        assertThat(correction.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(correction.failureReasonProperty().get()).isEqualTo(FailureReason.NO_OTP);
        assertThat(correction.reasonProperty().get()).isEqualTo("Salah pilih alasan di loket");
    }
}
