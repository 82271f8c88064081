package id.loket.service.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.schedule.PartKind;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.PlanSession;
import id.loket.domain.schedule.RtPart;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.CaseworkFixtures;
import id.loket.support.CaseworkFixtures.Listed;
import id.loket.support.RtListWorkbooks;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desil / PKH list import (households flagged to be served first) on a demo office in a real H2 file. */
class SocialListImportTest {

    @TempDir
    Path dir;
    private AppContext app;
    private CaseworkFixtures fixtures;
    private List<Listed> households;
    private Database database;
    private Jdbc jdbc;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir.resolve("data"), 400);
        fixtures = new CaseworkFixtures(app);
        households = fixtures.households();
        // A second pool on the same file, in the same process: H2 shares the one open database.
        database = TestApps.database(dir.resolve("data"));
        jdbc = new Jdbc(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
        app.close();
    }

    private SocialListResult importCsv(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("dinsos.csv"), text, StandardCharsets.UTF_8);
        return app.lists().casework().socialLists().importFile(file, "lurah");
    }

    @Test
    void aCsvListFlagsTheHouseholdsItNamesByNikOrKkAndReportsEveryOtherRow() throws IOException {
        Listed byNik = households.get(0);
        Listed byKk = households.get(1);
        Listed pkhOnly = households.get(2);
        String byKkPkh = flags(byKk.nik()).split("/")[1];
        String pkhOnlyDesil = flags(pkhOnly.nik()).split("/")[0];
        String csv = "No;NIK;No KK;Desil;PKH\n"
                + "1;" + byNik.nik() + ";;Desil 1;Ya\n"
                + "2;;" + byKk.kk() + ";2;\n"
                + "3;" + pkhOnly.nik() + ";;;ya\n"
                + "4;6471050101900099;;1;ya\n"            // valid, not a household of this office
                + "5;12345;;1;\n"                          // not a NIK
                + "6;" + byNik.nik() + ";;3;\n"            // the same household again
                + "7;" + households.get(3).nik() + ";;11;\n" // no such desil
                + "8;;;;\n";                                // blank template line

        SocialListResult result = importCsv(csv);

        assertThat(result.completed()).as("%s", result.failure()).isTrue();
        assertThat(result.counts()).isEqualTo(new SocialListResult.Counts(7, 3, 3, 2, 1, 1, 1));
        assertThat(flags(byNik.nik())).isEqualTo("1/true");
        assertThat(flags(byKk.nik())).as("PKH left as it was").isEqualTo("2/" + byKkPkh);
        assertThat(flags(pkhOnly.nik())).as("desil left as it was").isEqualTo(pkhOnlyDesil + "/true");
        assertThat(result.problems()).extracting(SocialListResult.Problem::line).containsExactly(5, 6, 7, 8);
        SocialListReport report = app.lists().casework().socialListReport();
        List<String> lines = result.problems().stream().map(report::problemLine).toList();
        assertThat(lines.get(0)).startsWith("Baris 5 (647105******0099): NIK tidak ditemukan");
        assertThat(lines.get(2)).contains("sudah disebut di baris 2");
        assertThat(lines.get(3)).contains("Desil “11” tidak dikenali");
        assertThat(String.join("\n", lines)).doesNotContainPattern("\\d{16}");
        assertThat(report.summaryLines(result)).contains(
                "7 baris dibaca: 3 rumah tangga ditandai, 4 baris tidak dipakai.");
    }

    @Test
    void aWorkbookIsReadSheetBySheetAndNamesTheSheetOfEachProblem() throws IOException {
        Path file = RtListWorkbooks.write(dir.resolve("dinsos.xlsx"),
                RtListWorkbooks.SheetContent.of("Desil", List.of(
                        RtListWorkbooks.row("DATA DTSEN KELURAHAN (DINAS SOSIAL)"),
                        RtListWorkbooks.row("NIK Kepala Keluarga", "Desil DTSEN"),
                        RtListWorkbooks.row(households.get(5).nik(), 1),
                        RtListWorkbooks.row("6471050101900099", 2))),
                RtListWorkbooks.SheetContent.of("PKH", List.of(
                        RtListWorkbooks.row("Nomor KK", "Status PKH"),
                        RtListWorkbooks.row(households.get(6).kk(), "Ya"))));

        SocialListResult result = app.lists().casework().socialLists().importFile(file, "lurah");

        assertThat(result.counts().flagged()).isEqualTo(2);
        assertThat(flags(households.get(5).nik())).startsWith("1/");
        assertThat(flags(households.get(6).nik())).endsWith("/true");
        assertThat(app.lists().casework().socialListReport().problemLine(result.problems().get(0)))
                .startsWith("Lembar “Desil”, baris 4 (647105******0099)");
    }

    @Test
    void aFileWithoutANumberOrAFlagColumnChangesNothingAndSaysWhichHeadingsToUse() throws IOException {
        String before = flags(households.get(0).nik());

        SocialListResult result = importCsv("Nama;Alamat\n" + "Budi;Jl. A\n");

        assertThat(result.completed()).isFalse();
        assertThat(app.lists().casework().socialListReport().summaryLines(result))
                .anyMatch(line -> line.contains("NIK atau No KK, lalu Desil dan/atau PKH"))
                .contains("Tidak ada yang diubah.");
        assertThat(flags(households.get(0).nik())).isEqualTo(before);
    }

    @Test
    void householdsTheListDoesNotNameKeepTheirFlagsAndTheImportIsAudited() throws IOException {
        importCsv("NIK;Desil\n" + households.get(0).nik() + ";1\n");
        importCsv("NIK;PKH\n" + households.get(1).nik() + ";ya\n");

        assertThat(flags(households.get(0).nik())).startsWith("1/");
        List<AuditEvent> events = app.security().auditTrail().search(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                Optional.empty(), Optional.of(AuditAction.SOCIAL_LIST_IMPORTED));
        assertThat(events).hasSize(2).allMatch(e -> e.actor().equals("lurah"))
                .allMatch(e -> e.detail().startsWith("dinsos.csv: 1 flagged"));
    }

    @Test
    void theReportIsAnA4PdfWithCountsAndMaskedNumbersOnly() throws IOException {
        SocialListResult result = importCsv("NIK;Desil\n" + households.get(0).nik() + ";1\n6471050101900099;2\n");

        byte[] pdf = app.lists().casework().socialListReport().pdf(result, "lurah");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Laporan Impor Daftar Desil dan PKH", "Rumah tangga ditandai", "1 rumah tangga",
                    "647105******0099", "Halaman 1 dari 1").doesNotContainPattern("\\d{16}");
        }
    }

    @Test
    void aScheduleWithDesilFirstPutsTheFlaggedHouseholdsInPriorityPartsAtTheStartOfTheWindow() throws IOException {
        // The last households of the last RTs: without the flag they would come at the end of the plan.
        List<Listed> last = households.subList(households.size() - 4, households.size()).stream()
                .filter(h -> !h.registered()).toList();
        StringBuilder csv = new StringBuilder("NIK;Desil;PKH\n");
        last.forEach(h -> csv.append(h.nik()).append(";1;ya\n"));
        importCsv(csv.toString());
        Set<Long> flagged = last.stream().map(h -> fixtures.household(h.nik()).id()).collect(Collectors.toSet());

        Plan first = app.lists().schedules().plan().plan(PlanInputs.defaults(60).withDesilFirst(true), "lurah").plan();
        Plan plain = app.lists().schedules().plan().plan(PlanInputs.defaults(60), "lurah").plan();

        Map<Long, PartKind> kinds = new HashMap<>();
        Map<Long, Integer> dayOf = new HashMap<>();
        int firstRegularDay = visit(first, kinds, dayOf);
        for (long id : flagged) {
            assertThat(kinds.get(id)).as("household %d", id).isEqualTo(PartKind.PRIORITY);
            assertThat(dayOf.get(id)).isLessThanOrEqualTo(firstRegularDay);
        }
        Map<Long, PartKind> plainKinds = new HashMap<>();
        Map<Long, Integer> plainDays = new HashMap<>();
        visit(plain, plainKinds, plainDays);
        assertThat(flagged).allMatch(id -> plainKinds.get(id) == PartKind.REGULAR);
        assertThat(flagged.stream().mapToInt(plainDays::get).min().orElseThrow())
                .isGreaterThan(flagged.stream().mapToInt(dayOf::get).max().orElseThrow());
    }

    /** Notes each household's part kind and day index; returns the first day with a regular part. */
    private static int visit(Plan plan, Map<Long, PartKind> kinds, Map<Long, Integer> dayOf) {
        int firstRegular = Integer.MAX_VALUE;
        for (int d = 0; d < plan.days().size(); d++) {
            PlanDay day = plan.days().get(d);
            for (PlanSession session : day.sessions()) {
                for (RtPart part : session.parts()) {
                    if (part.kind() == PartKind.REGULAR) {
                        firstRegular = Math.min(firstRegular, d);
                    }
                    for (long id : part.households().ids()) {
                        kinds.put(id, part.kind());
                        dayOf.put(id, d);
                    }
                }
            }
        }
        return firstRegular;
    }

    /** "desil/pkh" as stored, e.g. "1/true" or "null/false". */
    private String flags(String nik) {
        return jdbc.one("SELECT desil, pkh FROM household WHERE head_nik = ?",
                row -> row.getObject(1) + "/" + row.getBoolean(2), nik).orElseThrow();
    }
}
