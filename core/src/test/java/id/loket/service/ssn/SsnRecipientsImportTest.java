package id.loket.service.ssn;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonSection;
import id.loket.domain.text.Texts;
import id.loket.service.person.PersonRecords;
import id.loket.support.CaseworkFixtures;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The city's list of SSN recipients, imported from CSV and XLSX into a real H2 file. */
class SsnRecipientsImportTest {

    @TempDir
    Path dir;
    private AppContext app;
    private CaseworkFixtures fixtures;
    private List<String> niks;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir.resolve("data"), 30, "ssn.card-requests", "true");
        fixtures = new CaseworkFixtures(app);
        niks = fixtures.households().stream().map(CaseworkFixtures.Listed::nik).toList();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("penerima-" + System.nanoTime() + ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void aListUnderATitleFlagsItsRecipientsAndReportsTheBadRowsMasked() throws IOException {
        // As Excel saves a sheet with a title row: the title padded with separators to the table's width.
        Path file = csv("Daftar Penerima SSN Kota Samarinda 2026;;;", ";;;", "No;Nama;NIK;Nomor Kartu",
                "1;Siti;" + niks.get(0) + ";SSN 00-7", "2;Budi;6471059999;", "3;Siti;" + niks.get(0) + ";SSN 00-7",
                "4;Ani;" + niks.get(1) + ";");

        SsnRecipientsImport.Result result = app.programmes().ssn().recipients().importFile(file, "lurah");

        assertThat(result.completed()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.listed()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.repeated()).isEqualTo(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.maskedNumber()).doesNotContain("6471059999");
        });
        assertThat(said(niks.get(0))).containsExactly("SSN recipient on the city's list, card SSN 00-7");
        assertThat(said(niks.get(1))).containsExactly("SSN recipient on the city's list");
        assertThat(said(niks.get(2))).isEmpty();
        assertThat(app.security().auditTrail().search(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                Optional.of("lurah"),
                Optional.of(AuditAction.SSN_RECIPIENTS_IMPORTED))).hasSize(1);
    }

    @Test
    void aNewListReplacesTheOldOneWhole() throws IOException {
        app.programmes().ssn().recipients().importFile(csv("NIK", niks.get(0)), "lurah");

        app.programmes().ssn().recipients().importFile(csv("NIK", niks.get(1)), "lurah");

        assertThat(said(niks.get(0))).isEmpty();
        assertThat(said(niks.get(1))).hasSize(1);
    }

    @Test
    void aWorkbookIsReadLikeACsv() throws IOException {
        Path file = dir.resolve("penerima.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Penerima");
            sheet.value(0, 0, "NIK");
            sheet.value(0, 1, "No. Kartu");
            sheet.value(1, 0, niks.get(3));
            sheet.value(1, 1, "0001");
            workbook.finish();
        }

        assertThat(app.programmes().ssn().recipients().importFile(file, "lurah").listed()).isEqualTo(1);
        assertThat(said(niks.get(3))).containsExactly("SSN recipient on the city's list, card 0001");
    }

    @Test
    void aFileWithoutANikColumnChangesNothingAndSaysWhatIsMissing() throws IOException {
        app.programmes().ssn().recipients().importFile(csv("NIK", niks.get(0)), "lurah");

        SsnRecipientsImport.Result result = app.programmes().ssn().recipients().importFile(csv("Nama;Alamat",
                "Siti;Jl. A"),
                "lurah");

        assertThat(result.completed()).isFalse();
        assertThat(Texts.forLocale(Texts.ENGLISH).text(result.why().get(0))).contains("no NIK column");
        assertThat(said(niks.get(0))).hasSize(1);
    }

    private List<String> said(String nik) {
        PersonSection ssn = ((PersonRecords.Shown) app.registration().personRecords().open(nik,
                fixtures.agent())).page().sections()
                .stream().filter(s -> s.id().equals("ssn")).findFirst().orElseThrow();
        Texts english = Texts.forLocale(Texts.ENGLISH);
        return ssn.entries().stream().filter(e -> e.state() == EntryState.DONE).map(e -> english.text(e.what()))
                .toList();
    }
}
