package id.loket.service.rtlist;

import static id.loket.support.RtListWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.support.RtListWorkbooks;
import id.loket.support.RtListWorkbooks.SheetContent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTablesTest {

    @TempDir
    Path dir;

    private RecordingVisitor read(Path file) throws Exception {
        RecordingVisitor visitor = new RecordingVisitor();
        assertThat(RtListReader.read(file, visitor)).isEqualTo(RtListFormat.XLSX);
        return visitor;
    }

    @Test
    void textCellsAreReadAsWritten() throws Exception {
        Path file = RtListWorkbooks.write(dir.resolve("daftar.xlsx"), SheetContent.of("RT 07", List.of(
                row("No KK", "NIK", "Nama", "RT", "RW"),
                row("6471051203150007", "6471054707500003", "H. Abdul Rahman, S.Pd.", "007", "003"))));

        RecordingVisitor visitor = read(file);

        assertThat(visitor.tables).containsExactly(Optional.of("RT 07"));
        SourceRow data = visitor.only().get(1);
        assertThat(data.line()).isEqualTo(2);
        assertThat(data.texts()).containsExactly("6471051203150007", "6471054707500003", "H. Abdul Rahman, S.Pd.",
                "007", "003");
        assertThat(data.cells()).noneMatch(SourceCell::number);
    }

    @Test
    void numberCellsArePlainDigitsMarkedAsNumbers() throws Exception {
        Path file = RtListWorkbooks.write(dir.resolve("angka.xlsx"), SheetContent.of("Sheet1", List.of(
                row("No KK", "NIK", "Nama", "RT", "RW"),
                // An exact 16-digit integer, as a program writing the sheet would store it ...
                row(6471051203150007L, 6471054707500003L, "Budi", 7, 3),
                // ... and what Excel keeps of a 16-digit number typed into a number cell.
                row(6.47105120315E15, 6.4710547075E15, "Siti", 7.0, new BigDecimal("3.50")))));

        List<SourceRow> rows = read(file).only();

        assertThat(rows.get(1).cell(0)).isEqualTo(SourceCell.number("6471051203150007"));
        assertThat(rows.get(1).cell(1)).isEqualTo(SourceCell.number("6471054707500003"));
        assertThat(rows.get(1).cell(3)).isEqualTo(SourceCell.number("7"));
        assertThat(rows.get(2).cell(0)).isEqualTo(SourceCell.number("6471051203150000"));
        assertThat(rows.get(2).cell(1)).isEqualTo(SourceCell.number("6471054707500000"));
        assertThat(rows.get(2).cell(3)).isEqualTo(SourceCell.number("7"));
        assertThat(rows.get(2).cell(4)).isEqualTo(SourceCell.number("3.5"));
    }

    @Test
    void gapsAndBooleansAreReadAsTheSheetShowsThem() throws Exception {
        Path file = RtListWorkbooks.write(dir.resolve("gaps.xlsx"), SheetContent.of("Sheet1", List.of(
                row("No KK", null, "PKH"),
                row("6471051203150007", null, true))));

        SourceRow data = read(file).only().get(1);

        assertThat(data.cell(1)).isEqualTo(SourceCell.EMPTY);
        assertThat(data.cell(2).text()).isEqualToIgnoringCase("true");
        assertThat(data.cell(9)).isEqualTo(SourceCell.EMPTY);
    }

    @Test
    void everyVisibleSheetIsATableAndHiddenOnesAreNamed() throws Exception {
        Path file = RtListWorkbooks.write(dir.resolve("rt.xlsx"),
                SheetContent.of("RT 01", List.of(row("No KK", "NIK", "Nama", "RT", "RW"))),
                SheetContent.of("Catatan", List.of(row("dihapus"))).hide(),
                SheetContent.of("RT 02", List.of(row("No KK", "NIK", "Nama", "RT", "RW"))));

        RecordingVisitor visitor = read(file);

        assertThat(visitor.tables).containsExactly(Optional.of("RT 01"), Optional.of("RT 02"));
        assertThat(visitor.hidden).containsExactly("Catatan");
    }

    @Test
    void aZipThatIsNoWorkbookIsNamedAsABadWorkbook() throws Exception {
        Path file = Files.write(dir.resolve("bukan.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0});

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem().key()).isEqualTo("import.file.badXlsx"));
    }
}
