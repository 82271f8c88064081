package id.loket.service.person;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonEntry;
import id.loket.domain.person.PersonPage;
import id.loket.domain.person.PersonSection;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import id.loket.service.registration.CorrectionService;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.ProposalDraft;
import id.loket.service.jkk.JkkFixtures;
import id.loket.service.jkk.JkkService;
import id.loket.support.CaseworkFixtures;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person page's records, read from a real H2 file with the demo office's households. */
class PersonRecordsTest {

    @TempDir
    Path dir;
    private AppContext app;
    private CaseworkFixtures fixtures;
    private Agent agent;
    private String nik;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir.resolve("data"), 120);
        fixtures = new CaseworkFixtures(app);
        agent = fixtures.agent();
        nik = fixtures.unregistered().get(0).nik();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private PersonPage page(String typed) {
        PersonRecords.Result result = app.registration().personRecords().open(typed, agent);
        assertThat(result).isInstanceOf(PersonRecords.Shown.class);
        return ((PersonRecords.Shown) result).page();
    }

    private static PersonSection section(PersonPage page, String id) {
        return page.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> said(PersonSection section) {
        Texts texts = Texts.forLocale(Texts.ENGLISH);
        return section.entries().stream().map(e -> texts.text(e.what())
                + e.detail().map(d -> " | " + texts.text(d)).orElse("")).toList();
    }

    @Test
    void aPekerjaRentanProposalWaitsUntilTheCitySetsIt() {
        ProposalDraft draft = JkkFixtures.eligible("0001", JobType.O, 17);
        assertThat(app.programmes().jkkProposals().save(draft, agent)).isInstanceOf(JkkService.Done.class);

        PersonSection jkk = section(page(draft.applicant().nik().digits()), "jkk");

        assertThat(jkk.entries()).singleElement().extracting(PersonEntry::state).isEqualTo(EntryState.OPEN);
        assertThat(said(jkk)).singleElement().satisfies(s -> assertThat(s).startsWith("Proposal 2026: "));
    }

    @Test
    void everyAttemptShowsWithItsOutcomeAndTheSuccessCountsAsDone() {
        Registration failed = fixtures.failed(nik, FailureReason.PORTAL_DOWN, "portal mati");
        Registration success = fixtures.succeeded(nik, "PLS-1");

        PersonSection perlinsos = section(page(nik), "perlinsos");

        assertThat(said(perlinsos)).anySatisfy(s -> assertThat(s).startsWith("Head of household, RT "))
                .anySatisfy(s -> assertThat(s).startsWith(failed.code() + ": ").contains("by agen1"))
                .anySatisfy(s -> assertThat(s).startsWith(success.code() + ": "));
        assertThat(perlinsos.latestDone()).map(PersonEntry::what).map(m -> m.args().get(0))
                .contains(success.code());
        assertThat(stateOf(perlinsos, failed.code())).isEqualTo(EntryState.FACT);
    }

    @Test
    void onlyTheLatestAttemptIsStillWaitingOrRefused() {
        Registration pending = fixtures.followUp(nik, "KK tidak terbawa", LocalDate.of(2026, 6, 20));
        Registration failed = fixtures.failed(nik, FailureReason.PORTAL_DOWN, "portal mati");

        PersonSection perlinsos = section(page(nik), "perlinsos");

        assertThat(stateOf(perlinsos, pending.code())).isEqualTo(EntryState.FACT);
        assertThat(stateOf(perlinsos, failed.code())).isEqualTo(EntryState.NOT_DONE);
        assertThat(perlinsos.latestDone()).isEmpty();
    }

    private static EntryState stateOf(PersonSection section, String code) {
        return section.entries().stream().filter(e -> e.what().args().get(0).equals(code)).findFirst()
                .orElseThrow().state();
    }

    @Test
    void aPersonWithNothingRecordedGetsEverySectionEmpty() {
        String stranger = nik.substring(0, 12) + "9999";

        PersonPage page = page(stranger);

        assertThat(page.anything()).isFalse();
        assertThat(page.name()).isEmpty();
        assertThat(page.sections()).extracting(PersonSection::id).containsExactly("perlinsos", "jkk", "casework", "corrections");
    }

    @Test
    void theOfficesComeBackDayIsOpenUntilARegistrationSucceeds() {
        Registration pending = fixtures.followUp(nik, "KK tidak terbawa", LocalDate.of(2026, 6, 20));
        app.lists().casework().followUps().setDueOn(pending.id(), Optional.of(LocalDate.of(2026, 6, 22)), "lurah");

        assertThat(section(page(nik), "casework").entries()).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(EntryState.OPEN));
        fixtures.succeeded(nik, "PLS-2");
        assertThat(section(page(nik), "casework").entries()).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(EntryState.FACT));
    }

    @Test
    void aCorrectionShowsWhoAndWhyWithLongNumbersInTheReasonMasked() {
        Registration failed = fixtures.failed(nik, FailureReason.PORTAL_DOWN, "portal mati");
        CorrectionService.Result corrected = app.lists().casework().corrections().correct(failed.id(),
                new CorrectionService.Change(Outcome.BERHASIL, Optional.empty(), Optional.of("PLS-9"),
                        RegistrationPath.OLEH_AGEN, IkdState.NO_SMARTPHONE, Optional.of("081234567890"),
                        Optional.empty(), Optional.empty(), "portal sudah mencatat NIK " + nik),
                fixtures.supervisor());
        assertThat(corrected).isInstanceOf(CorrectionService.Corrected.class);

        List<String> corrections = said(section(page(nik), "corrections"));

        assertThat(corrections).singleElement().asString().startsWith(failed.code() + " corrected by lurah")
                .doesNotContain(nik).contains(nik.substring(0, 6) + "******" + nik.substring(12));
    }

    @Test
    void openingThePageIsAnAuditedReadThatNamesTheNikMaskedOnly() {
        PersonPage page = page(nik);

        List<AuditEvent> reads = app.security().auditTrail().search(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
                Optional.of("agen1"), Optional.of(AuditAction.PERSON_READ));
        assertThat(reads).singleElement().satisfies(event -> {
            assertThat(event.entityId()).isEqualTo(page.maskedNik());
            assertThat(event.entityId() + event.detail()).doesNotContain(nik);
        });
        assertThat(page.maskedNik()).doesNotContain(nik.substring(6, 12));
        assertThat(page.name()).contains(fixtures.unregistered().get(0).name());
    }

    @Test
    void aNikThatIsNotValidReadsNothingAndSaysWhy() {
        PersonRecords.Result result = app.registration().personRecords().open("12345", agent);

        assertThat(result).isInstanceOfSatisfying(PersonRecords.BadNik.class,
                bad -> assertThat(bad.problems()).isNotEmpty());
        assertThat(app.security().auditTrail().search(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
                Optional.empty(),
                Optional.of(AuditAction.PERSON_READ))).isEmpty();
    }

    @Test
    void aSecondSourceWithTheSameIdIsRefusedAtWiring() {
        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> app.registration().personRecords().with(new PersonRecordSource() {
            @Override
            public String id() {
                return "perlinsos";
            }

            @Override
            public id.loket.domain.text.Message title() {
                return id.loket.domain.text.Message.of("person.section.perlinsos");
            }

            @Override
            public List<PersonEntry> entries(PersonContext person) {
                return List.of();
            }
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(app.registration().personRecords().sourceIds().stream().collect(Collectors.joining(",")))
                .isEqualTo("perlinsos,jkk,casework,corrections");
    }
}
