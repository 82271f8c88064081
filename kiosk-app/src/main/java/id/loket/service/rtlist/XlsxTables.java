package id.loket.service.rtlist;

import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an RT list workbook (XLSX) sheet by sheet, streaming each sheet's rows. Number cells are
 * passed on as numbers in plain digits, so the rules can tell a NIK that Excel stored as a number
 * (and may have cut short) from one typed as text.
 */
final class XlsxTables {

    private XlsxTables() {
    }

    static void read(Path file, TableVisitor visitor) throws UnreadableFileException {
        String name = RtListReader.nameOf(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    visitor.hiddenSheet(sheet.getName());
                    continue;
                }
                visitor.table(Optional.of(sheet.getName()));
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> iterator = rows.iterator();
                    while (iterator.hasNext()) {
                        visitor.row(row(iterator.next()));
                    }
                }
            }
        } catch (ExcelReaderException e) {
            throw new UnreadableFileException(Message.of("import.file.badXlsx", name), "not a workbook: " + file, e);
        } catch (IOException e) {
            throw notAWorkbook(file, name, e);
        } catch (UncheckedIOException e) {
            throw notAWorkbook(file, name, e.getCause());
        }
    }

    /** A damaged or foreign zip is a bad workbook; a file the system cannot read is a file problem. */
    private static UnreadableFileException notAWorkbook(Path file, String name, IOException e) {
        if (e instanceof java.nio.file.FileSystemException) {
            return RtListReader.unreadable(file, e);
        }
        return new UnreadableFileException(Message.of("import.file.badXlsx", name), "not a workbook: " + file, e);
    }

    private static SourceRow row(Row row) {
        List<SourceCell> cells = new ArrayList<>(row.getCellCount());
        for (int column = 0; column < row.getCellCount(); column++) {
            cells.add(cell(row.getOptionalCell(column).orElse(null)));
        }
        return new SourceRow(row.getRowNum(), cells);
    }

    static SourceCell cell(Cell cell) {
        if (cell == null) {
            return SourceCell.EMPTY;
        }
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case NUMBER -> value instanceof BigDecimal number ? number(number) : SourceCell.EMPTY;
            // A formula's last result is what the sheet shows.
            case FORMULA -> value instanceof BigDecimal number ? number(number) : text(cell.getRawValue());
            case STRING -> text(value instanceof String s ? s : cell.getRawValue());
            case BOOLEAN -> text(String.valueOf(value));
            case ERROR -> text(cell.getRawValue());
            case EMPTY -> SourceCell.EMPTY;
        };
    }

    /** Plain digits, never scientific notation: 6.4710547075E+15 becomes 6471054707500000. */
    private static SourceCell number(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        String plain = stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
        return SourceCell.number(plain);
    }

    private static SourceCell text(String text) {
        return SourceCell.text(text == null ? "" : text);
    }
}
