package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.jkk.JobType;
import id.loket.domain.nik.Nik;
import id.loket.service.security.LoginService;
import id.loket.service.jkk.JkkFixtures;
import id.loket.service.jkk.JkkService;
import id.loket.support.TestApps;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket export jkk-proposals | jkk-form | jkk-list} as the office's IT person runs them. */
class JkkExportCommandTest {

    private static final String FIRST = "6471051501800001";
    private static final String PRIORITY = "6471051501800002";

    @TempDir
    Path dir;
    private LoketRun loket;

    @BeforeEach
    void office() {
        loket = new LoketRun(dir.resolve("data"));
        try (AppContext app = AppContext.open(TestApps.settings(dir.resolve("data")), TestApps.FIRST_DAY)) {
            app.security().demoData().fill(app.foundation().office(), 20);
            Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1",
                    "111111".toCharArray())).agent();
            assertThat(app.programmes().jkkProposals().save(JkkFixtures.eligible("0001", JobType.O, 17), agent))
                    .isInstanceOf(JkkService.Done.class);
            assertThat(app.programmes().jkkProposals().save(JkkFixtures.draft(Nik.ofStored(PRIORITY,
                    TestApps.FIRST_DAY),
                    JobType.O, 17, true, false, "1500000"), agent)).isInstanceOf(JkkService.Done.class);
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theCsvHoldsEveryProposalWithTheFullNikPriorityFirst() throws Exception {
        Path csv = dir.resolve("usulan.csv");
        assertThat(loket.run("--user", "lurah", "export", "jkk-proposals", "--year", "2026", "--format", "csv", "--out",
                csv.toString())).as(loket.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("year,nik,name,birth_place,birth_date,address,phone,job_type,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2026," + PRIORITY + ",Budi Santoso,Balikpapan,1980-01-15,")
                .contains(",o,pemulung,").contains(",1500000.00,3856694.43,2026,TIDAK_MAMPU,").contains(",DIAJUKAN,");
        assertThat(lines.get(2)).startsWith("2026," + FIRST + ",");
    }

    @Test
    void theWorkbookHoldsTheSameRowsWithTheNikAsText() throws Exception {
        Path xlsx = dir.resolve("usulan.xlsx");
        assertThat(loket.run("--user", "lurah", "export", "jkk-proposals", "--year", "2026", "--format", "xlsx",
                "--out", xlsx.toString())).as(loket.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("nik");
            assertThat(rows.get(1).getCellText(1)).isEqualTo(PRIORITY);
            assertThat(rows.get(2).getCellText(2)).isEqualTo("Budi Santoso");
        }
    }

    @Test
    void anAgentCannotExportAndNothingIsWritten() {
        loket.pin("111111");
        Path csv = dir.resolve("usulan.csv");
        assertThat(loket.run("--user", "agen1", "export", "jkk-proposals", "--year", "2026", "--format", "csv", "--out",
                csv.toString())).isEqualTo(1);
        assertThat(csv).doesNotExist();
        assertThat(loket.run("export", "jkk-proposals", "--year", "2026", "--format", "csv")).isEqualTo(2);
    }

    @Test
    void theFormIsThePerwalisLampiranIIFilledInWithTheChecklist() throws Exception {
        Path pdf = dir.resolve("form.pdf");
        assertThat(loket.run("--user", "lurah", "export", "jkk-form", "--nik", FIRST, "--out", pdf.toString()))
                .as(loket.err()).isZero();
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("FORMULIR USULAN CALON PESERTA", "Lampiran II", "Kepada Yth.", "Lurah",
                "Budi Santoso", FIRST, "Balikpapan, 15 Januari 1980", "Jl. Mawar No. 3", "0812 3456 7890",
                "pemulung plastik di TPA Manggar", "tahun 2026 sebesar Rp2.000.000", "Yang menyatakan",
                "Kepala Perangkat Daerah", "Penanggung Jawab Data", "Kecamatan dan Kelurahan", "Kelurahan Gunung Bahagia", "Fotokopi/salinan KTP-el",
                "Fotokopi Kartu Keluarga", "Surat keterangan ketua RT", "Rp16.800", "64 tahun 11 bulan", "2026/");
    }

    @Test
    void aFormForSomeoneNeverProposedExitsOneAndABadNikTwo() {
        assertThat(loket.run("--user", "lurah", "export", "jkk-form", "--nik", "6471051501800003")).isEqualTo(1);
        assertThat(loket.err()).contains("647105******0003").doesNotContain("6471051501800003");
        assertThat(loket.run("--user", "lurah", "export", "jkk-form", "--nik", "123")).isEqualTo(2);
    }

    @Test
    void theListPerJobTypeMasksTheNikAndNamesTheResponsibleOffice() throws Exception {
        Path pdf = dir.resolve("list.pdf");
        assertThat(loket.run("--user", "lurah", "export", "jkk-list", "--year", "2026", "--job", "o", "--out",
                pdf.toString())).as(loket.err()).isZero();
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Daftar Usulan Pekerja Rentan Tahun 2026", "o. Pemulung", "Kecamatan dan Kelurahan",
                "647105******0002", "647105******0001", "(prioritas: miskin ekstrem)", "Jumlah usulan: 2")
                .doesNotContain(FIRST).doesNotContain(PRIORITY);
    }

    @Test
    void everyExportIsAudited() throws Exception {
        loket.run("--user", "lurah", "export", "jkk-proposals", "--year", "2026", "--format", "csv", "--out",
                dir.resolve("a.csv").toString());
        loket.run("--user", "lurah", "export", "jkk-form", "--nik", FIRST, "--out", dir.resolve("f.pdf").toString());
        Path trail = dir.resolve("trail.csv");
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(loket.run("--user", "lurah", "export", "audit", "--from", "2026-06-01", "--to", today.toString(),
                "--out", trail.toString())).isZero();
        String audit = Files.readString(trail);
        assertThat(audit).contains("pekerja rentan proposals CSV, 2 rows").contains("proposal form (Lampiran II)")
                .doesNotContain(FIRST);
        assertThat(Optional.of(audit)).isPresent();
    }
}
