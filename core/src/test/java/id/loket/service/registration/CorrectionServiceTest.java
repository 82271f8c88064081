package id.loket.service.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Message;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.domain.registration.Correction.Field;
import id.loket.domain.registration.Correction;
import id.loket.support.CaseworkFixtures;
import id.loket.support.CaseworkFixtures.Listed;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervisor's correction of a saved registration, on a real H2 file. */
class CorrectionServiceTest {

    @TempDir
    Path dir;
    private AppContext app;
    private CaseworkFixtures fixtures;
    private Listed household;
    private Registration saved;
    private Agent lurah;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir.resolve("data"), 200);
        fixtures = new CaseworkFixtures(app);
        household = fixtures.unregistered().get(0);
        saved = fixtures.failed(household.nik(), FailureReason.PORTAL_DOWN, "Portal tidak dapat diakses");
        lurah = fixtures.supervisor();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private CorrectionService corrections() {
        return app.lists().casework().corrections();
    }

    private static CorrectionService.Change success(String reason) {
        return new CorrectionService.Change(Outcome.BERHASIL, Optional.empty(), Optional.of("PLS-2026-004711"),
                RegistrationPath.DIBANTU_PONSEL_WARGA, IkdState.ACTIVATED_HERE, Optional.empty(), Optional.empty(),
                Optional.empty(), reason);
    }

    /** The saved registration as it is, but with another outcome, reason, come-back day and note. */
    private static CorrectionService.Change outcome(Outcome outcome, Optional<FailureReason> failureReason,
                                                          Optional<LocalDate> comeBack, String note, String reason) {
        return new CorrectionService.Change(outcome, Optional.ofNullable(note), Optional.empty(),
                RegistrationPath.OLEH_AGEN, IkdState.NO_SMARTPHONE, Optional.of("081234567890"), failureReason,
                comeBack, reason);
    }

    @Test
    void anAgentIsRefusedWithAClearMessageAndNothingChanges() {
        CorrectionService.Result result = corrections().correct(saved.id(), success("salah ketik"),
                fixtures.agent());

        assertThat(result).isEqualTo(new CorrectionService.Refused(Message.of("correction.supervisorOnly")));
        assertThat(app.foundation().texts().text(((CorrectionService.Refused) result).why()))
                .contains("Hanya penyelia", "Minta penyelia masuk");
        assertThat(corrections().find(saved.code(), fixtures.agent()).refused()).isPresent();
        assertThat(corrections().find(saved.code(), lurah).found().get(0).registration()).isEqualTo(saved);
    }

    @Test
    void aCorrectionNeedsAReasonAndTheSameRulesAsTheCounter() {
        CorrectionService.Result noReason = corrections().correct(saved.id(), success("  "), lurah);
        CorrectionService.Result failedWithoutWhy = corrections().correct(saved.id(),
                outcome(Outcome.GAGAL, Optional.empty(), Optional.empty(), "Portal tidak dapat diakses",
                        "alasan gagal belum dipilih"), lurah);
        CorrectionService.Result otherWithoutNote = corrections().correct(saved.id(),
                outcome(Outcome.GAGAL, Optional.of(FailureReason.OTHER), Optional.empty(), null, "alasan lain"),
                lurah);
        CorrectionService.Result followUpWithoutDay = corrections().correct(saved.id(),
                outcome(Outcome.PERLU_TINDAK_LANJUT, Optional.empty(), Optional.empty(), "Bawa KK asli",
                        "perlu datang lagi"), lurah);

        assertThat(noReason).isEqualTo(new CorrectionService.Rejected(
                List.of(Message.of("correction.reasonRequired"))));
        assertThat(((CorrectionService.Rejected) failedWithoutWhy).problems())
                .containsExactly(Message.of("registration.problem.failureNeedsReason"));
        assertThat(((CorrectionService.Rejected) otherWithoutNote).problems())
                .containsExactly(Message.of("registration.problem.otherNeedsNote"));
        assertThat(((CorrectionService.Rejected) followUpWithoutDay).problems())
                .containsExactly(Message.of("registration.problem.followUpNeedsDate"));
        // The very message the counter gives for the same draft.
        RegistrationService.SaveResult atTheCounter = app.registration().registrations().save(new RegistrationDraft(
                saved.householdId(), Optional.empty(), RegistrationPath.OLEH_AGEN, IkdState.NO_SMARTPHONE,
                Optional.empty(), true, Outcome.GAGAL, Optional.of("Portal tidak dapat diakses"), Optional.empty(),
                Optional.empty(), Optional.empty()), fixtures.agent());
        assertThat(((RegistrationService.Rejected) atTheCounter).problems())
                .isEqualTo(((CorrectionService.Rejected) failedWithoutWhy).problems());
        assertThat(corrections().find(saved.code(), lurah).found().get(0).registration()).isEqualTo(saved);
    }

    @Test
    void theFailureReasonCanBeCorrectedAndTheReceiptSaysTheNewOne() throws IOException {
        CorrectionService.Corrected corrected = (CorrectionService.Corrected) corrections().correct(
                saved.id(), outcome(Outcome.GAGAL, Optional.of(FailureReason.NO_OTP), Optional.empty(),
                        "Portal tidak dapat diakses", "Salah pilih alasan: OTP yang tidak masuk"), lurah);

        assertThat(corrected.changes()).containsExactly(new Correction.Change(Field.FAILURE_REASON,
                Optional.of("PORTAL_DOWN"), Optional.of("NO_OTP")));
        assertThat(corrected.registration().failureReason()).contains(FailureReason.NO_OTP);
        assertThat(corrections().find(saved.code(), lurah).found().get(0).corrections()).singleElement()
                .satisfies(c -> assertThat(c.changes()).containsExactly(new Correction.Change(
                        Field.FAILURE_REASON, Optional.of("PORTAL_DOWN"), Optional.of("NO_OTP"))));
        assertThat(app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.empty(),
                Optional.of(AuditAction.REGISTRATION_CORRECTED))).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("FAILURE_REASON: \"PORTAL_DOWN\" -> \"NO_OTP\"; "));
        // Worded as the counter words it: the outcome, the listed reason, the note.
        assertThat(pdfText(corrected.receiptPdf()))
                .contains("Gagal: Kode OTP tidak masuk. Portal tidak dapat diakses")
                .doesNotContain("Portal tidak bisa dibuka");
    }

    @Test
    void aFollowUpAndItsComeBackDayCanBeCorrectedAndTheDayMovedAgain() throws IOException {
        LocalDate monday = LocalDate.of(2026, 6, 8);
        CorrectionService.Corrected toFollowUp = (CorrectionService.Corrected) corrections().correct(
                saved.id(), outcome(Outcome.PERLU_TINDAK_LANJUT, Optional.of(FailureReason.PORTAL_DOWN),
                        Optional.of(monday), "Bawa KK asli", "Bukan gagal: KK asli tertinggal"), lurah);

        // The reason goes with GAGAL: a follow-up keeps only its note and day.
        assertThat(toFollowUp.changes()).containsExactly(
                new Correction.Change(Field.OUTCOME, Optional.of("GAGAL"), Optional.of("PERLU_TINDAK_LANJUT")),
                new Correction.Change(Field.FAILURE_REASON, Optional.of("PORTAL_DOWN"), Optional.empty()),
                new Correction.Change(Field.FOLLOW_UP_ON, Optional.empty(), Optional.of("2026-06-08")),
                new Correction.Change(Field.OUTCOME_NOTE, Optional.of("Portal tidak dapat diakses"),
                        Optional.of("Bawa KK asli")));
        assertThat(toFollowUp.registration().failureReason()).isEmpty();
        assertThat(toFollowUp.registration().followUpOn()).contains(monday);
        assertThat(pdfText(toFollowUp.receiptPdf())).contains("Senin, 8 Juni 2026");

        CorrectionService.Corrected moved = (CorrectionService.Corrected) corrections().correct(
                saved.id(), outcome(Outcome.PERLU_TINDAK_LANJUT, Optional.empty(), Optional.of(monday.plusDays(3)),
                        "Bawa KK asli", "Warga minta hari Kamis"), lurah);

        assertThat(moved.changes()).containsExactly(
                new Correction.Change(Field.FOLLOW_UP_ON, Optional.of("2026-06-08"), Optional.of("2026-06-11")));
        assertThat(moved.receiptPath()).hasFileName(saved.code() + "-K2.pdf.enc");
        assertThat(app.lists().casework().followUps().list(Optional.empty(), "lurah"))
                .filteredOn(f -> f.code().equals(saved.code())).singleElement()
                .satisfies(f -> assertThat(f.dueOn()).contains(LocalDate.of(2026, 6, 11)));
        assertThat(corrections().find(saved.code(), lurah).found().get(0).corrections())
                .extracting(c -> c.changes().stream().map(ch -> ch.field()).toList())
                .containsExactly(List.of(Field.FAILURE_REASON, Field.FOLLOW_UP_ON, Field.OUTCOME, Field.OUTCOME_NOTE),
                        List.of(Field.FOLLOW_UP_ON));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Words of one line may be split: compare with the spacing made plain.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCorrectionChangesTheRecordAndKeepsTheOldValuesWhoWhenAndWhy() throws Exception {
        CorrectionService.Result result = corrections().correct(saved.id(),
                success("Portal pulih sore hari, pendaftaran berhasil"), lurah);

        CorrectionService.Corrected corrected = (CorrectionService.Corrected) result;
        assertThat(corrected.registration().outcome()).isEqualTo(Outcome.BERHASIL);
        assertThat(corrected.registration().portalReference()).contains("PLS-2026-004711");
        assertThat(corrected.registration().code()).isEqualTo(saved.code());
        assertThat(corrected.registration().savedAt()).isEqualTo(saved.savedAt());
        assertThat(corrected.changes()).containsExactly(
                new Correction.Change(Field.OUTCOME, Optional.of("GAGAL"), Optional.of("BERHASIL")),
                new Correction.Change(Field.FAILURE_REASON, Optional.of("PORTAL_DOWN"), Optional.empty()),
                new Correction.Change(Field.OUTCOME_NOTE, Optional.of("Portal tidak dapat diakses"), Optional.empty()),
                new Correction.Change(Field.PORTAL_REFERENCE, Optional.empty(), Optional.of("PLS-2026-004711")),
                new Correction.Change(Field.PATH, Optional.of("OLEH_AGEN"), Optional.of("DIBANTU_PONSEL_WARGA")),
                new Correction.Change(Field.IKD_STATE, Optional.of("NO_SMARTPHONE"), Optional.of("ACTIVATED_HERE")),
                new Correction.Change(Field.PHONE, Optional.of("081234567890"), Optional.empty()));

        CorrectionService.Candidate again = corrections().find(saved.code(), lurah).found().get(0);
        assertThat(again.corrections()).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("lurah");
            assertThat(c.reason()).isEqualTo("Portal pulih sore hari, pendaftaran berhasil");
            assertThat(c.changes()).hasSize(7);
        });
        List<AuditEvent> events = app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.empty(), Optional.of(AuditAction.REGISTRATION_CORRECTED));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("lurah");
            assertThat(e.entityId()).isEqualTo(saved.code());
            assertThat(e.detail()).contains("OUTCOME: \"GAGAL\" -> \"BERHASIL\"",
                    "FAILURE_REASON: \"PORTAL_DOWN\" -> (empty)",
                    "OUTCOME_NOTE: \"Portal tidak dapat diakses\" -> (empty)", "PHONE: 0812****7890 -> (empty)",
                    "reason: Portal pulih sore hari").doesNotContain("081234567890");
        });
        // The original save stays in the trail beside the correction.
        assertThat(app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.empty(),
                Optional.of(AuditAction.REGISTRATION_SAVED))).anyMatch(e -> e.entityId().equals(saved.code())
                && e.detail().contains("GAGAL"));
        // The household now counts as registered.
        assertThat(app.registration().lookup().lookup(household.nik(),
                fixtures.agent()).status().orElseThrow().alreadyRegistered())
                .isTrue();
        try (Database database = TestApps.database(dir.resolve("data"))) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.count("SELECT COUNT(*) FROM registration_correction_field f JOIN registration_correction c "
                    + "ON c.id = f.correction_id WHERE c.registration_id = ? AND f.field = 'OUTCOME' "
                    + "AND f.before_value = 'GAGAL' AND f.after_value = 'BERHASIL'", saved.id())).isEqualTo(1);
        }
    }

    @Test
    void theReceiptIsMadeAgainForTheCorrectedRecordAndBecomesTheOneToReprint() throws IOException {
        CorrectionService.Corrected corrected = (CorrectionService.Corrected) corrections()
                .correct(saved.id(), success("Referensi portal tertinggal"), lurah);

        assertThat(corrected.receiptPath()).exists().hasFileName(saved.code() + "-K1.pdf.enc");
        byte[] kept = TestApps.documents(dir.resolve("data")).read(corrected.receiptPath()).orElseThrow();
        assertThat(kept).as("kept sealed: the made receipt, opened").isEqualTo(corrected.receiptPdf());
        // Kept for a person to look at, beside the other rendered printouts.
        Files.createDirectories(Path.of("target", "rendered"));
        Files.write(Path.of("target", "rendered", "casework-corrected-receipt.pdf"), kept);
        try (PDDocument document = Loader.loadPDF(kept)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(saved.code(), "PLS-2026-004711", "Berhasil", household.name())
                    .doesNotContain("Portal tidak dapat diakses").doesNotContainPattern("\\d{16}");
        }
        try (Database database = TestApps.database(dir.resolve("data"))) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.one("SELECT document_path FROM registration WHERE id = ?", r -> r.getString(1), saved.id()))
                    .contains(corrected.receiptPath().toString());
        }
    }

    @Test
    void aChangeThatChangesNothingIsNotACorrection() {
        CorrectionService.Result result = corrections().correct(saved.id(),
                new CorrectionService.Change(Outcome.GAGAL, Optional.of("Portal tidak dapat diakses"),
                        Optional.empty(), RegistrationPath.OLEH_AGEN, IkdState.NO_SMARTPHONE,
                        Optional.of("0812 3456 7890"), Optional.of(FailureReason.PORTAL_DOWN), Optional.empty(),
                        "periksa ulang"), lurah);

        assertThat(result).isInstanceOf(CorrectionService.Unchanged.class);
        assertThat(corrections().find(saved.code(), lurah).found().get(0).corrections()).isEmpty();
    }

    @Test
    void registrationsAreFoundByCodeInAnyWritingOrByTheHouseholdsNikOrKk() {
        String digits = saved.code().substring(4);

        assertThat(corrections().find("reg " + Long.parseLong(digits), lurah).found()).hasSize(1);
        assertThat(corrections().find(digits, lurah).found()).hasSize(1);
        assertThat(corrections().find(household.nik(), lurah).found())
                .extracting(c -> c.registration().code()).contains(saved.code());
        assertThat(corrections().find(household.kk(), lurah).found())
                .extracting(c -> c.registration().code()).contains(saved.code());
        CorrectionService.Candidate found = corrections().find(household.nik(), lurah).found().get(0);
        assertThat(found.maskedNik()).matches("\\d{6}\\*{6}\\d{4}");
        assertThat(corrections().find("Budi", lurah).refused()).contains(Message.of("correction.find.how"));
        assertThat(corrections().find("1234567890123456", lurah).refused())
                .contains(Message.of("correction.find.badNumber"));
        assertThat(app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.of("lurah"),
                Optional.of(AuditAction.HOUSEHOLD_READ))).anyMatch(e -> e.entityId().equals(saved.code()));
    }

    @Test
    void thePurgeRemovesThePhoneNoteAndReferenceACorrectionKept() {
        corrections().correct(saved.id(), success("Portal pulih"), lurah);
        app.close();

        Clock later = Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(800));
        try (AppContext old = AppContext.open(TestApps.settings(dir.resolve("data")), later)) {
            old.security().purge().purge("lurah");
        }
        app = TestApps.open(dir.resolve("data"));
        try (Database database = TestApps.database(dir.resolve("data"))) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.list("SELECT field, before_value, after_value FROM registration_correction_field "
                    + "ORDER BY field", row -> row.getString(1) + "=" + row.getString(2) + ">" + row.getString(3)))
                    .containsExactlyInAnyOrder("IKD_STATE=NO_SMARTPHONE>ACTIVATED_HERE", "OUTCOME=GAGAL>BERHASIL",
                            "OUTCOME_NOTE=null>null", "PATH=OLEH_AGEN>DIBANTU_PONSEL_WARGA", "PHONE=null>null",
                            "FAILURE_REASON=PORTAL_DOWN>null",
                            "PORTAL_REFERENCE=null>null");
        }
    }

    @Test
    void theAuditDetailMasksThePhoneAndNamesEveryChangedField() {
        String detail = CorrectionService.auditDetail(List.of(
                new Correction.Change(Field.PHONE, Optional.of("081234567890"), Optional.of("085711112222")),
                new Correction.Change(Field.PORTAL_REFERENCE, Optional.empty(), Optional.of("PLS-1"))), "nomor salah");

        assertThat(detail).isEqualTo("PHONE: 0812****7890 -> 0857****2222; PORTAL_REFERENCE: (empty) -> \"PLS-1\"; "
                + "reason: nomor salah");
    }
}
