package id.loket.service.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.ProgressCounts;
import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import id.loket.domain.registration.RegistrationPath;
import id.loket.storage.HouseholdRepository;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** The lurah's reports on a demo office in a real H2 file. */
class OfficeReportsTest {

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 600);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theChecklistListsExactlyTheUnregisteredHouseholdsWithMaskedNiks() throws IOException {
        RtProgress rt = app.reporting().progress().current().perRt().get(0);
        List<HouseholdRepository.Unregistered> expected = app.reporting().progress().checklist(rt.rt());
        assertThat(expected).hasSize(rt.remaining());

        String text = text(app.reporting().reports().checklist(rt.rt(), "lurah").pdf());
        for (HouseholdRepository.Unregistered household : expected) {
            assertThat(text).contains(household.maskedNik());
        }
        assertThat(text).containsPattern("\\d{6}\\*{6}\\d{4}").doesNotContainPattern("\\d{16}");
    }

    @Test
    void anExplainedHouseholdIsListedApartOnTheChecklistWithItsReasonAndDayButNotWhoReportedIt() throws IOException {
        RtRef rt = app.reporting().progress().current().perRt().get(0).rt();
        id.loket.domain.household.OpenHousehold household = app.lists().casework().explanations().open(rt,
                "lurah").get(0);
        app.lists().casework().explanations().record(household.householdId(),
                new id.loket.domain.household.ExplanationDraft(
                id.loket.domain.household.ExplanationReason.REGISTERED_ELSEWHERE, "Pak Rahmat",
                java.time.LocalDate.of(2026, 6, 2)), "lurah");

        String text = text(app.reporting().reports().checklist(rt, "lurah").pdf()).replaceAll("\\s+", " ");

        assertThat(text).contains("Sudah dijelaskan, dihitung selesai (tidak perlu dicari lagi): 1")
                .contains(household.maskedNik()).contains("terdaftar di tempat lain").contains("02-06-2026")
                .doesNotContain("Pak Rahmat");
        assertThat(text.indexOf(household.maskedNik())).as("below the households still to register")
                .isGreaterThan(text.indexOf("Sudah dijelaskan"));
    }

    @Test
    void anRtWithNobodyLeftToRegisterHasAChecklistThatSaysSo() throws IOException {
        RtRef unknownRt = RtRef.of("99", "99");
        assertThat(app.reporting().progress().checklist(unknownRt)).isEmpty();
        assertThat(text(app.reporting().reports().checklist(unknownRt, "lurah").pdf())).contains("sudah terdaftar");
    }

    @Test
    void theProgressCsvAddsUpToTheKelurahanTotals() throws IOException {
        StringWriter csv = new StringWriter();
        app.reporting().reports().progressCsv(csv, "lurah");
        List<String[]> rows = csv.toString().lines().skip(1).map(l -> l.split(",")).toList();
        ProgressCounts total = app.reporting().progress().current().kelurahan();
        assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r[2])).sum()).isEqualTo(total.households());
        assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r[3])).sum()).isEqualTo(total.registered());
        for (String[] r : rows) {
            int byPath = Integer.parseInt(r[5]) + Integer.parseInt(r[6]) + Integer.parseInt(r[7]);
            assertThat(byPath).as("paths of RT %s/%s", r[1], r[0]).isEqualTo(Integer.parseInt(r[3]));
        }
    }

    @Test
    void theDailySummaryNamesTheTotalsAndTheRwsOnOnePage() throws IOException {
        byte[] pdf = app.reporting().reports().dailySummary("lurah").pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        ProgressReport.Totals totals = app.reporting().progress().current();
        assertThat(text(pdf)).contains(String.valueOf(totals.registered())).contains("RW 001")
                .contains("Lurah Gunung Bahagia");
    }

    @Test
    void theDailySummaryPrintsTheOfficeKeysFingerprintForTheKecamatanToCheck() throws IOException {
        String fingerprint = app.reporting().dailyFiles().officeKey().fingerprint();

        assertThat(text(app.reporting().reports().dailySummary("lurah").pdf()).replaceAll("\\s+",
                " ")).contains(fingerprint);
    }

    @Test
    void theDailySummaryCountsTodaysConsentRefusals() throws IOException {
        assertThat(text(app.reporting().reports().dailySummary("lurah").pdf()).replaceAll("\\s+", " "))
                .contains("Menolak persetujuan hari ini 0");
        var agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        app.registration().registrations().recordRefusal(java.util.Optional.empty(), RegistrationPath.OLEH_AGEN, agent);
        app.registration().registrations().recordRefusal(java.util.Optional.empty(), RegistrationPath.MANDIRI_IKD,
                agent);

        assertThat(text(app.reporting().reports().dailySummary("lurah").pdf()).replaceAll("\\s+", " "))
                .contains("Menolak persetujuan hari ini 2");
    }

    @Test
    void theAsnReportCountsEachPerangkatDaerah() throws IOException {
        List<HouseholdRepository.AsnUnit> units = app.reporting().progress().asn();
        assertThat(units).isNotEmpty();
        StringWriter csv = new StringWriter();
        app.reporting().reports().asnCsv(csv, "lurah");
        assertThat(csv.toString().lines().count()).isEqualTo(units.size() + 1);
        assertThat(text(app.reporting().reports().asn("lurah").pdf())).contains(units.get(0).unit());
    }

    @Test
    void aReportIsMadeInMemoryAndLeavesNoCopyInTheDataFolder() {
        OfficeReports.Report summary = app.reporting().reports().dailySummary("lurah");

        assertThat(summary.pdf()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(summary.fileName()).isEqualTo("ringkasan-harian.pdf");
        assertThat(dir.resolve("documents").resolve("reports")).doesNotExist();
    }

    @Test
    void aSavedCopyIsWrittenWholeWhereTheSupervisorChoseAndAudited() throws IOException {
        OfficeReports.Report checklist = app.reporting().reports()
                .checklist(app.reporting().progress().current().perRt().get(0).rt(), "lurah");
        Path target = dir.resolve("flashdisk").resolve("daftar.pdf");
        Files.createDirectories(target.getParent());

        app.reporting().reports().saveCopy(checklist, target, "lurah");

        assertThat(Files.readAllBytes(target)).isEqualTo(checklist.pdf());
        assertThat(app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.of("lurah"), Optional.of(AuditAction.EXPORT)))
                .anyMatch(e -> e.entityId().equals(checklist.fileName()) && e.detail().contains(target.toString()));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
