package id.loket.service.rtlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.documents.ImportReportRenderer;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.rtlist.HeaderMapper;
import id.loket.domain.rtlist.RowProblem;
import id.loket.domain.rtlist.RtListField;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RtListImportReportTest {

    private static final String NIK = "6471054707500003";
    private final RtListImportReport report = report(Texts.indonesian());

    private static RtListImportReport report(Texts texts) {
        return new RtListImportReport(texts, new OfficeProfile("64.71.05.1006", "Kelurahan Gunung Bahagia",
                "Jl. Anggrek Bahagia No. 7"), new ImportReportRenderer(texts));
    }

    private static List<String> values(String kk, String nik, String name) {
        List<String> values = new ArrayList<>(Collections.nCopies(RtListField.values().length, ""));
        values.set(RtListField.KK_NUMBER.ordinal(), kk);
        values.set(RtListField.HEAD_NIK.ordinal(), nik);
        values.set(RtListField.HEAD_NAME.ordinal(), name);
        values.set(RtListField.RT.ordinal(), "7");
        values.set(RtListField.RW.ordinal(), "3");
        return values;
    }

    private static RtListImportResult result(List<RowProblem> problems) {
        List<String> headers = List.of("No", "No KK", "NIK", "Nama", "RT", "RW");
        RtListImportResult.Table table = new RtListImportResult.Table(Optional.empty(),
                HeaderMapper.match(2, headers).mapping(), List.of(), List.of(), false);
        return new RtListImportResult(RtListImportResult.Status.COMPLETED, "rt07.csv", Optional.of(RtListFormat.CSV),
                "64.71.05.1006", List.of(), List.of(table),
                new RtListImportResult.Counts(120 + problems.size(), 100, 20, problems.size(), 3, 4, 2, 1), problems,
                OptionalLong.of(1), LocalDateTime.of(2026, 6, 4, 9, 30), Duration.ofSeconds(2));
    }

    private static RowProblem problem(int line, String nik, String name, Message... reasons) {
        return new RowProblem(Optional.empty(), line, Arrays.asList(reasons), values("6471051203150007", nik, name));
    }

    private static final RowProblem EXCEL = problem(17, "6.47106E+15", "Siti", Message.of("import.row.nik.excel",
            "6.47106E+15"));
    private static final RowProblem TWICE = problem(21, NIK, "=HYPERLINK(\"http://x\")",
            Message.of("import.row.nik.twice", NIK, "40"));

    @Test
    void problemLinesSayWhereAndWhatToDo() {
        assertThat(report.problemLine(result(List.of(EXCEL)), EXCEL)).isEqualTo(
                "Baris 17: NIK 6.47106E+15 rusak oleh Excel. Format kolom NIK sebagai Teks di Excel, ketik ulang, "
                        + "lalu impor lagi.");
    }

    @Test
    void summaryLinesGiveTheCountsAndWhatWasPassedOver() {
        assertThat(report.summaryLines(result(List.of(EXCEL)))).containsExactly(
                "121 baris dibaca: 100 KK baru, 20 KK diperbarui, 1 baris ditolak.",
                "RT di berkas: 2 (1 RT baru).",
                "3 baris tanpa data dilewati.",
                "4 KK yang sudah tersimpan di RT-RT ini tidak ada di berkas; data dan pendaftarannya tetap disimpan.");
        assertThat(report.mappingLines(result(List.of()))).containsExactly(
                "Judul kolom di baris 2:", "  Nomor KK ← “No KK”", "  NIK kepala keluarga ← “NIK”",
                "  Nama kepala keluarga ← “Nama”", "  RT ← “RT”", "  RW ← “RW”", "  Kolom lain yang tidak dipakai: No");
    }

    @Test
    void theCsvReportHasEveryRejectedRowWithItsValuesAndNoFormula() throws Exception {
        StringWriter out = new StringWriter();

        int rows = report.writeCsv(result(List.of(EXCEL, TWICE)), out);

        assertThat(rows).isEqualTo(2);
        assertThat(out.toString()).startsWith("\uFEFFbaris,alasan,").contains("\r\n");
        List<CSVRecord> records = CSVParser.parse(out.toString().substring(1), CSVFormat.RFC4180).getRecords();
        assertThat(records.get(0).toList()).containsExactly("baris", "alasan", "Nomor KK", "NIK kepala keluarga",
                "Nama kepala keluarga", "RT", "RW");
        assertThat(records.get(1).toList()).containsExactly("17", "NIK 6.47106E+15 rusak oleh Excel. Format kolom NIK "
                + "sebagai Teks di Excel, ketik ulang, lalu impor lagi.", "6471051203150007", "6.47106E+15", "Siti",
                "7", "3");
        assertThat(records.get(2).get(1)).startsWith("NIK " + NIK + " juga ada di baris 40.");
        assertThat(records.get(2).get(3)).as("the CSV is the supervisor's full record").isEqualTo(NIK);
        assertThat(records.get(2).get(4)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void thePdfReportHasTheSummaryTheColumnsAndTheRowsWithNumbersMasked() throws Exception {
        String text = pdfText(report.pdf(result(List.of(EXCEL, TWICE)), "lurah"));

        assertThat(text).contains("Kelurahan Gunung Bahagia", "Laporan Impor Daftar RT", "Kamis, 4 Juni 2026",
                "rt07.csv", "lurah", "Baris dibaca", "122", "KK baru", "100", "Kolom yang dipakai", "“No KK”",
                "Tidak dipakai", "Baris yang ditolak", "Baris 17", "NIK 6.47106E+15 rusak oleh Excel", "(Siti)",
                "Baris 21", "NIK 647105******0003 juga ada di baris 40", "Halaman 1 dari 1");
        assertThat(text).doesNotContain(NIK, "6471051203150007");
    }

    @Test
    void aLongListOfRejectedRowsIsCutOnPaperAndPointsToTheCsv() throws Exception {
        List<RowProblem> many = new ArrayList<>();
        for (int i = 0; i < RtListImportReport.PDF_ROW_LIMIT + 5; i++) {
            many.add(problem(i + 2, "", "Warga " + i, Message.of("nik.empty")));
        }

        byte[] pdf = report.pdf(result(many), "lurah");

        String text = pdfText(pdf);
        assertThat(text).contains("Warga 1999").doesNotContain("Warga 2000").contains("5 baris lain yang ditolak");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(20);
        }
    }

    @Test
    void aFailedImportHasNoPdfButSaysWhy() {
        RtListImportResult failed = new RtListImportResult(RtListImportResult.Status.FAILED, "x.csv", Optional.empty(),
                "64.71.05.1006", List.of(Message.of("import.file.notFound", "x.csv")), List.of(),
                RtListImportResult.Counts.NONE, List.of(), OptionalLong.empty(), LocalDateTime.now(), Duration.ZERO);

        assertThat(report.summaryLines(failed)).containsExactly(
                "Berkas x.csv tidak ditemukan. Periksa nama berkas dan foldernya, lalu coba lagi.",
                "Tidak ada yang diimpor.");
        assertThatThrownBy(() -> report.pdf(failed, "lurah")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void speaksEnglishWhenAskedTo() {
        RtListImportReport english = report(Texts.forLocale(Texts.ENGLISH));

        assertThat(english.problemLine(result(List.of(EXCEL)), EXCEL)).startsWith("Row 17: NIK 6.47106E+15 was damaged");
        assertThat(english.summaryLines(result(List.of()))).first().asString()
                .isEqualTo("120 rows read: 100 new households, 20 updated, 0 rows rejected.");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
