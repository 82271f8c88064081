package id.loket.service.rtlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import id.loket.support.RtListFixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTablesTest {

    @TempDir
    Path dir;

    private RecordingVisitor read(String text) throws Exception {
        return read(RtListFixtures.write(dir.resolve("daftar.csv"), text));
    }

    private static RecordingVisitor read(Path file) throws Exception {
        RecordingVisitor visitor = new RecordingVisitor();
        assertThat(RtListReader.read(file, visitor)).isEqualTo(RtListFormat.CSV);
        return visitor;
    }

    @ParameterizedTest(name = "separator \"{0}\", line end {1}, BOM {2}")
    @CsvSource({"',',CRLF,false", "',',LF,true", "';',CRLF,true", "';',LF,false", "'\t',CRLF,false"})
    void readsTheSeparatorsLineEndsAndEncodingsSpreadsheetsWrite(char separator, String eol, boolean bom)
            throws Exception {
        String end = eol.equals("CRLF") ? "\r\n" : "\n";
        String text = RtListFixtures.csv(separator, end, "No KK,NIK,Nama,RT,RW", List.of(
                List.of("6471051203150007", "6471054707500003", "H. Abdul Rahman, S.Pd.", "7", "3"),
                List.of("6471051203150015", "6471050101600011", "Nur'aini", "07", "3")));
        Path file = RtListFixtures.write(dir.resolve("list.csv"), text, StandardCharsets.UTF_8, bom);

        List<SourceRow> rows = read(file).only();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).texts()).containsExactly("No KK", "NIK", "Nama", "RT", "RW");
        assertThat(rows.get(1).texts()).containsExactly("6471051203150007", "6471054707500003",
                "H. Abdul Rahman, S.Pd.", "7", "3");
        assertThat(rows.get(2).cell(2).text()).isEqualTo("Nur'aini");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() throws Exception {
        List<SourceRow> rows = read("No KK;NIK;Nama;Alamat;RT;RW\r\n"
                + "6471051203150007;6471054707500003;\"Ahmad \"\"Haji\"\" Saputra\";\"Jl. Melati; Gg. 2\r\nRumah biru\";7;3\r\n"
                + "6471051203150015;6471050101600011;Budi;Jl. Kenanga;7;3\r\n").only();

        assertThat(rows.get(1).cell(2).text()).isEqualTo("Ahmad \"Haji\" Saputra");
        assertThat(rows.get(1).cell(3).text()).isEqualTo("Jl. Melati; Gg. 2\r\nRumah biru");
        assertThat(rows.get(2).line()).as("a spreadsheet shows the quoted line break inside one row").isEqualTo(3);
    }

    @Test
    void blankLinesKeepTheRowNumbersASpreadsheetShows() throws Exception {
        List<SourceRow> rows = read("No KK,NIK,Nama,RT,RW\n\n6471051203150007,6471054707500003,Budi,7,3\n").only();

        assertThat(rows).extracting(SourceRow::line).containsExactly(1, 2, 3);
        assertThat(rows.get(1).isBlank()).isTrue();
    }

    @Test
    void aSemicolonFileWithCommasInNamesIsStillReadBySemicolons() throws Exception {
        List<SourceRow> rows = read("DAFTAR KK RT 07, RW 03, KELURAHAN GUNUNG BAHAGIA\n"
                + "No KK;NIK;Nama;RT;RW\n6471051203150007;6471054707500003;Abdul, S.Pd.;7;3\n").only();

        assertThat(rows.get(1).texts()).containsExactly("No KK", "NIK", "Nama", "RT", "RW");
        assertThat(rows.get(2).cell(2).text()).isEqualTo("Abdul, S.Pd.");
    }

    @Test
    void aWindowsAnsiFileIsReadAsWindows1252() throws Exception {
        Path file = RtListFixtures.write(dir.resolve("ansi.csv"), "No KK,NIK,Nama,RT,RW\n"
                + "6471051203150007,6471054707500003,Andr\u00e9 Nur\u2019aini,7,3\n", Charset.forName("windows-1252"), false);

        assertThat(read(file).only().get(1).cell(2).text()).isEqualTo("Andr\u00e9 Nur\u2019aini");
    }

    @Test
    void reportsHowFarTheReadingHasGot() throws Exception {
        Path file = RtListFixtures.write(dir.resolve("list.csv"), RtListFixtures.csv(new RtListFixtures(1).heads(500, 5)));

        RecordingVisitor visitor = read(file);

        assertThat(visitor.totalBytes).isEqualTo(Files.size(file));
        assertThat(visitor.lastBytes).isPositive().isLessThanOrEqualTo(visitor.totalBytes);
    }

    @Test
    void anUnclosedQuoteIsAnUnreadableFileNamingTheLine() throws Exception {
        Path file = RtListFixtures.write(dir.resolve("rusak.csv"), "No KK,NIK,Nama,RT,RW\n"
                + "6471051203150007,6471054707500003,Budi,7,3\n"
                + "6471051203150015,6471050101600011,\"Haji\" Ahmad,7,3\n");

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Message.of("import.file.badCsv", "rusak.csv", "3")));
    }

    @Test
    void anOldExcelFileIsNamedAsSuch() throws Exception {
        Path file = Files.write(dir.resolve("daftar.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0});

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem().key()).isEqualTo("import.file.oldExcel"));
    }

    @Test
    void aMissingOrEmptyFileIsNamed() throws Exception {
        assertThatThrownBy(() -> read(dir.resolve("tidak-ada.csv"))).isInstanceOfSatisfying(
                UnreadableFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(Message.of("import.file.notFound", "tidak-ada.csv")));
        Path empty = Files.write(dir.resolve("kosong.csv"), new byte[0]);
        assertThatThrownBy(() -> read(empty)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Message.of("import.file.empty", "kosong.csv")));
        assertThatThrownBy(() -> read(dir)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem().key()).isEqualTo("import.file.notFound"));
    }
}
