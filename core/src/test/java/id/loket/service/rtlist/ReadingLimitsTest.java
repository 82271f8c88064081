package id.loket.service.rtlist;

import static id.loket.support.HandMadeWorkbooks.row;
import static id.loket.support.HandMadeWorkbooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.support.HandMadeWorkbooks;
import id.loket.support.RtListWorkbooks;
import id.loket.support.RtListWorkbooks.SheetContent;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files beyond a reading limit, or unlike what a spreadsheet program writes, are refused by name. */
class ReadingLimitsTest {

    @TempDir
    Path dir;

    private static Message refusal(Path file, ReadingLimits limits) {
        RecordingVisitor visitor = new RecordingVisitor();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> RtListReader.read(file, visitor, limits));
        assertThat(thrown).isInstanceOf(UnreadableFileException.class);
        return ((UnreadableFileException) thrown).problem();
    }

    private static Message refusal(Path file) {
        return refusal(file, ReadingLimits.STANDARD);
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aCsvCellLongerThanAnExcelCellIsRefusedNamingRowColumnAndLimit() throws Exception {
        Path file = csv("panjang.csv", "No KK,NIK,Nama\r\n1,2,\"" + "a".repeat(32_768) + "\"\r\n");

        Message problem = refusal(file);

        assertThat(problem).isEqualTo(Message.of("import.limit.cell", "panjang.csv", "2", "C", 32_767));
        assertThat(Texts.indonesian().text(problem)).contains("baris 2, kolom C", "32.767 karakter");
    }

    @Test
    void aCsvCellOfTenMegabytesIsRefusedAsARowBeyondTheRowLimit() throws Exception {
        Path file = dir.resolve("kutip.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("No KK,NIK,Nama\r\n1,2,Budi\r\n3,4,\"Siti"); // a quote never closed ...
            char[] block = new char[1024 * 1024];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 10; i++) {
                out.write(block); // ... takes the next 10 MB into one cell
            }
            out.write("\"\r\n");
        }

        Message problem = refusal(file);

        assertThat(problem).isEqualTo(Message.of("import.limit.rowLength", "kutip.csv", "3", 1_000_000));
    }

    @Test
    void aCsvWithMoreRowsThanTheLimitIsRefusedAndBlankRowsDoNotCount() throws Exception {
        Path file = dir.resolve("kota.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("No KK\r\n");
            for (int i = 0; i < 10; i++) {
                out.write(",,\r\n");
            }
            for (int i = 1; i < 5; i++) {
                out.write(i + "\r\n");
            }
        }
        ReadingLimits five = new ReadingLimits(5, 256, 32_767, 1_000_000, 1L << 30, 100, 1L << 30, 1_000);

        assertThat(RtListReader.read(file, new RecordingVisitor(), five)).isEqualTo(RtListFormat.CSV);
        Files.writeString(file, "5\r\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(refusal(file, five)).isEqualTo(Message.of("import.limit.rows", "kota.csv", 5));
    }

    @Test
    void theStandardRowLimitIsThreeHundredThousandRows() throws Exception {
        Path file = dir.resolve("kota.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i <= 300_000; i++) {
                out.write(i + "\n");
            }
        }
        RecordingVisitor visitor = new RecordingVisitor();

        assertThatThrownBy(() -> RtListReader.read(file, visitor)).isInstanceOfSatisfying(
                UnreadableFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(Message.of("import.limit.rows", "kota.csv", 300_000)));
        assertThat(visitor.only()).hasSize(300_000);
    }

    @Test
    void aRowUsingMoreColumnsThanTheLimitIsRefusedButEmptyTrailingColumnsAreNot() throws Exception {
        Path padded = csv("padded.csv", "No KK,NIK,Nama" + ",".repeat(400) + "\r\n");
        Path wide = csv("lebar.csv", "No KK,NIK,Nama" + ",".repeat(300) + "x\r\n");

        RecordingVisitor visitor = new RecordingVisitor();
        RtListReader.read(padded, visitor);
        assertThat(visitor.only()).hasSize(1);
        assertThat(refusal(wide)).isEqualTo(Message.of("import.limit.columns", "lebar.csv", "1", 256));
    }

    @Test
    void aCsvFileLargerThanTheTextLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = csv("besar.csv", "No KK\r\n" + "1\r\n".repeat(1_000_000));
        ReadingLimits oneMegabyte = new ReadingLimits(300_000, 256, 32_767, 1_000_000, 1024 * 1024, 100,
                1024 * 1024, 1_000);

        assertThat(refusal(file, oneMegabyte)).isEqualTo(Message.of("import.limit.fileSize", "besar.csv", 2L, 1L));
    }

    @Test
    void aWorkbookWhoseCellsAndRowsLackTheirReferencesIsReadInPlace() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("tanpa-r.xlsx"),
                row(null, text(null, "No KK"), text(null, "NIK"), text(null, "Nama"))
                        + row(null, text(null, "6471051203150007"), text(null, "6471054707500003"), text(null, "Budi"))
                        + row(5, text("B5", "6471054707500011"), text(null, "Siti"))
                        + row(null, text(null, "6471051203150015")));

        RecordingVisitor visitor = new RecordingVisitor();
        RtListReader.read(file, visitor);

        List<SourceRow> rows = visitor.only();
        assertThat(rows).extracting(SourceRow::line).containsExactly(1, 2, 5, 6);
        assertThat(rows.get(1).texts()).containsExactly("6471051203150007", "6471054707500003", "Budi");
        assertThat(rows.get(2).texts()).containsExactly("", "6471054707500011", "Siti");
        assertThat(rows.get(3).texts()).containsExactly("6471051203150015");
    }

    @Test
    void aZipBombWorkbookIsRefusedByItsPackingRatio() throws Exception {
        Path file = HandMadeWorkbooks.bomb(dir.resolve("bom.xlsx"), 64L * 1024 * 1024);
        assertThat(Files.size(file)).isLessThan(1024 * 1024);

        assertThat(refusal(file)).isEqualTo(Message.of("import.limit.ratio", "bom.xlsx", "xl/worksheets/sheet1.xml",
                100));
    }

    @Test
    void aWorkbookUnpackingBeyondTheTextLimitIsRefused() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(RtListWorkbooks.row("6471051203" + (100_000 + i), "Nama ke-" + i, "Jl. Mulawarman No. " + i));
        }
        Path file = RtListWorkbooks.write(dir.resolve("kota.xlsx"), SheetContent.of("Daftar", rows));
        ReadingLimits oneMegabyte = new ReadingLimits(300_000, 256, 32_767, 1_000_000, 1024 * 1024, 1_000,
                1024 * 1024, 1_000_000);

        assertThat(refusal(file, oneMegabyte)).isEqualTo(Message.of("import.limit.unpacked", "kota.xlsx", 1L));
    }

    @Test
    void aWorkbookWithMoreSharedTextsThanTheLimitIsRefused() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("teks.xlsx"), row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>"),
                "<si><t>No KK</t></si>".repeat(11));
        ReadingLimits ten = new ReadingLimits(300_000, 256, 32_767, 1_000_000, 1L << 30, 100, 1L << 30, 10);

        assertThat(refusal(file, ten)).isEqualTo(Message.of("import.limit.sharedTexts", "teks.xlsx", 10, 1024L));
    }

    @Test
    void aCellReferenceBeyondExcelsLastColumnIsRefusedBeforeTheReaderSizesARowByIt() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("kolom.xlsx"), row(1, text("AAAAAA1", "No KK")));

        Message problem = refusal(file);

        assertThat(problem.key()).isEqualTo("import.file.unlikeExcel");
        assertThat(problem.args()).containsExactly("kolom.xlsx", "xl/worksheets/sheet1.xml: cell reference AAAAAA1");
    }

    @Test
    void aSheetPartNamedAsNoXmlIsCheckedAllTheSame() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("nama.xlsx"), row(1, text("AAAAAA1", "No KK")), null,
                "worksheets/gambar.png");

        assertThat(refusal(file).key()).isEqualTo("import.file.unlikeExcel");
    }

    @Test
    void aCsvOfMoreLinesThanAnExcelSheetIsRefusedEvenWhenTheyAreEmpty() throws Exception {
        Path file = csv("kosong.csv", "No KK\n" + "\n".repeat(1_048_576));

        assertThat(refusal(file)).isEqualTo(Message.of("import.limit.emptyRows", "kosong.csv", 1_048_576));
    }

    @Test
    void aWorkbookCellLongerThanAnExcelCellIsRefusedBeforeTheReaderHoldsIt() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("panjang.xlsx"), row(1, text("A1", "x".repeat(40_000))));

        Message problem = refusal(file);

        assertThat(problem.key()).isEqualTo("import.file.unlikeExcel");
        assertThat(problem.args()).containsExactly("panjang.xlsx",
                "xl/worksheets/sheet1.xml: a cell or text of more than 32767 characters");
    }

    @Test
    void aWorkbookOfMorePartsThanAnyWorkbookHasIsRefusedBeforeTheZipDirectoryIsRead() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("bagian.xlsx"), row(1, text("A1", "No KK")));
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(file)) {
            Files.createDirectories(zip.getPath("xl/media"));
            for (int i = 0; i <= WorkbookCheck.MAX_PARTS; i++) {
                Files.writeString(zip.getPath("xl/media/p" + i), "");
            }
        }

        Message problem = refusal(file);

        assertThat(problem.key()).isEqualTo("import.file.unlikeExcel");
        assertThat((String) problem.args().get(1)).startsWith("a zip of 100").endsWith(" parts");
    }

    @Test
    void aSharedTextNumberBeyondTheSharedTextsIsRefused() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("indeks.xlsx"),
                row(1, "<c r=\"A1\" t=\"s\"><v>2000000000</v></c>"), "<si><t>No KK</t></si>");

        assertThat(refusal(file).key()).isEqualTo("import.file.unlikeExcel");
    }

    @Test
    void aRowOfMoreCellsThanExcelHasColumnsIsRefused() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("sel.xlsx"), row(1, "<c/>".repeat(16_385)));

        assertThat(refusal(file).key()).isEqualTo("import.file.unlikeExcel");
    }

    @Test
    void aWorkbookCellBeyondTheColumnLimitIsRefusedByTheColumnLimit() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("lebar.xlsx"), row(1, text("A1", "No KK"), text("IW1", "x")));

        assertThat(refusal(file)).isEqualTo(Message.of("import.limit.columns", "lebar.xlsx (Daftar)", "1", 256));
    }
}
