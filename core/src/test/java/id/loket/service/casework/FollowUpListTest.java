package id.loket.service.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.household.RtRef;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.service.office.OfficeReports;
import id.loket.support.CaseworkFixtures;
import id.loket.support.CaseworkFixtures.Listed;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
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

/** Follow-ups of registrations that did not succeed, listed and printed per RT, on a real H2 file. */
class FollowUpListTest {

    @TempDir
    Path dir;
    private AppContext app;
    private CaseworkFixtures fixtures;
    private Listed failed;
    private Listed pending;
    private Listed otherRt;
    private Registration failedRegistration;
    private Registration pendingRegistration;
    /** The day the agent asked the pending household back, at the counter. */
    private static final LocalDate COUNTER_DAY = LocalDate.of(2026, 6, 8);

    @BeforeEach
    void open() {
        // Demo data without registrations of its own that failed, so the list holds exactly what we save.
        app = TestApps.withDemoData(dir.resolve("data"), 300);
        fixtures = new CaseworkFixtures(app);
        List<Listed> unregistered = fixtures.unregistered();
        failed = unregistered.get(0);
        pending = unregistered.stream().filter(h -> h.rt().equals(failed.rt()) && h.rw().equals(failed.rw()))
                .skip(1).findFirst().orElseThrow();
        otherRt = unregistered.stream().filter(h -> !h.rt().equals(failed.rt()) || !h.rw().equals(failed.rw()))
                .findFirst().orElseThrow();
        failedRegistration = fixtures.failed(failed.nik(), FailureReason.FACE_CHECK_FAILED, "kamera rusak");
        pendingRegistration = fixtures.followUp(pending.nik(), "Bawa KK asli", COUNTER_DAY);
        fixtures.failed(otherRt.nik(), FailureReason.OTHER, "Portal tidak dapat diakses");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private RtRef rtOf(Listed h) {
        return RtRef.of(h.rw(), h.rt());
    }

    private List<FollowUpList.FollowUp> ours(Optional<RtRef> rt) {
        List<String> names = List.of(failed.name(), pending.name(), otherRt.name());
        return app.lists().casework().followUps().list(rt, "lurah").stream()
                .filter(f -> names.contains(f.headName())).toList();
    }

    @Test
    void anRtsListHoldsItsFailedAndPendingRegistrationsWithWhatIsNeededAndMaskedNiks() {
        List<FollowUpList.FollowUp> list = app.lists().casework().followUps().list(Optional.of(rtOf(failed)), "lurah");

        assertThat(list).extracting(FollowUpList.FollowUp::headName).contains(failed.name(), pending.name())
                .doesNotContain(otherRt.name());
        assertThat(list).allMatch(f -> f.rt().equals(rtOf(failed)));
        FollowUpList.FollowUp first = list.stream().filter(f -> f.headName().equals(failed.name())).findFirst()
                .orElseThrow();
        assertThat(first.outcome()).isEqualTo(Outcome.GAGAL);
        // The listed reason in words, then the agent's note.
        assertThat(first.need()).isEqualTo("Verifikasi wajah gagal. kamera rusak");
        assertThat(find(otherRt).need()).isEqualTo("Portal tidak dapat diakses");
        assertThat(find(pending).need()).isEqualTo("Bawa KK asli");
        assertThat(first.maskedNik()).matches("\\d{6}\\*{6}\\d{4}").startsWith(failed.nik().substring(0, 6));
        assertThat(first.savedAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(first.code()).isEqualTo(failedRegistration.code());
        assertThat(ours(Optional.empty())).hasSize(3);
    }

    @Test
    void aLaterSuccessTakesTheHouseholdOffTheList() {
        fixtures.succeeded(failed.nik(), "PRL-2026-000123");

        assertThat(ours(Optional.empty())).extracting(FollowUpList.FollowUp::headName)
                .containsExactlyInAnyOrder(pending.name(), otherRt.name());
    }

    @Test
    void everyListingAndEverySheetIsAudited() {
        app.lists().casework().followUps().list(Optional.of(rtOf(failed)), "lurah");
        app.lists().casework().followUps().sheet(Optional.empty(), "lurah");

        List<AuditEvent> events = app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.of("lurah"), Optional.empty());
        assertThat(events).anyMatch(e -> e.action() == AuditAction.HOUSEHOLD_READ
                && e.entityId().equals(rtOf(failed).label()) && e.detail().startsWith("follow-up list, "));
        assertThat(events).anyMatch(e -> e.action() == AuditAction.EXPORT && e.entityId().equals("all")
                && e.detail().startsWith("follow-up sheet, "));
    }

    @Test
    void theSheetForAKetuaRtIsAnA4PdfWithTheRtsHouseholdsMaskedAndAPlaceToSign() throws IOException {
        OfficeReports.Report report = app.lists().casework().followUps().sheet(Optional.of(rtOf(failed)), "lurah");

        assertThat(report.fileName()).isEqualTo("tindak-lanjut-RT" + failed.rt() + "-RW" + failed.rw() + ".pdf");
        try (PDDocument document = Loader.loadPDF(report.pdf())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(590f, 600f);
            // Words of one cell may be on several lines: compare with the spacing made plain.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Daftar Pendaftaran yang Perlu Ditindaklanjuti", rtOf(failed).label(),
                    failed.name(), pending.name(), "Verifikasi wajah gagal. kamera rusak", "Bawa KK asli", "Lurah",
                    "(......").doesNotContain(otherRt.name()).doesNotContainPattern("\\d{16}");
        }
    }

    @Test
    void theSheetForAllRtsHasATablePerRt() throws IOException {
        byte[] pdf = app.lists().casework().followUps().sheet(Optional.empty(), "lurah").pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Words of one cell may be on several lines: compare with the spacing made plain.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Semua RT", rtOf(failed).label(), rtOf(otherRt).label(), failed.name(),
                    otherRt.name()).doesNotContainPattern("\\d{16}");
        }
    }

    @Test
    void aComeBackDateIsShownOnTheListAndCanBeCleared() {
        app.lists().casework().followUps().setDueOn(failedRegistration.id(), Optional.of(LocalDate.of(2026, 6, 10)),
                "lurah");

        assertThat(find(failed).dueOn()).contains(LocalDate.of(2026, 6, 10));

        app.lists().casework().followUps().setDueOn(failedRegistration.id(), Optional.empty(), "lurah");
        assertThat(find(failed).dueOn()).isEmpty();
        assertThat(app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.empty(),
                Optional.of(AuditAction.FOLLOW_UP_SCHEDULED))).hasSize(2);
    }

    @Test
    void theDayGivenAtTheCounterIsShownUntilTheOfficeSetsItsOwn() throws IOException {
        assertThat(find(pending).dueOn()).contains(COUNTER_DAY);
        assertThat(find(failed).dueOn()).isEmpty();
        assertThat(sheetText(failed)).contains(pending.name(), "04-06 / 08-06");

        LocalDate officeDay = LocalDate.of(2026, 6, 12);
        app.lists().casework().followUps().setDueOn(pendingRegistration.id(), Optional.of(officeDay), "lurah");

        assertThat(find(pending).dueOn()).contains(officeDay);
        assertThat(find(pending).counterDueOn()).contains(COUNTER_DAY);
        assertThat(sheetText(failed)).contains("04-06 / 12-06").doesNotContain("08-06");
        StringWriter csv = new StringWriter();
        app.lists().casework().followUps().writeCsv(Optional.of(rtOf(pending)), csv, "lurah");
        assertThat(csv.toString()).contains(pendingRegistration.code() + ",").contains(",2026-06-12\r\n")
                .doesNotContain("2026-06-08");

        // Once the office clears its own day, the counter's applies again.
        app.lists().casework().followUps().setDueOn(pendingRegistration.id(), Optional.empty(), "lurah");
        assertThat(find(pending).dueOn()).contains(COUNTER_DAY);
    }

    private String sheetText(Listed household) throws IOException {
        byte[] pdf = app.lists().casework().followUps().sheet(Optional.of(rtOf(household)), "lurah").pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCsvHasOneLinePerFollowUpWithMaskedNiks() throws IOException {
        StringWriter csv = new StringWriter();
        int rows = app.lists().casework().followUps().writeCsv(Optional.of(rtOf(failed)), csv, "lurah");

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines.get(0)).isEqualTo("rt,rw,code,head_name,head_nik_masked,outcome,need,saved_at,due_on");
        assertThat(csv.toString()).contains(failedRegistration.code() + ",").doesNotContainPattern("\\d{16}");
    }

    private FollowUpList.FollowUp find(Listed household) {
        return ours(Optional.empty()).stream().filter(f -> f.headName().equals(household.name())).findFirst()
                .orElseThrow();
    }
}
