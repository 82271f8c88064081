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

    static void read(Path file, TableVisitor visitor, ReadingLimits limits) throws UnreadableFileException {
        String name = RtListReader.nameOf(file);
        try {
            WorkbookCheck.inspect(file, limits);
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                List<Sheet> sheets = workbook.getSheets().toList();
                for (Sheet sheet : sheets) {
                    if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                        visitor.hiddenSheet(sheet.getName());
                        continue;
                    }
                    visitor.table(Optional.of(sheet.getName()));
                    readSheet(sheet, visitor, file, name);
                }
            }
        } catch (ExcelReaderException e) {
            throw badWorkbook(file, name, e);
        } catch (IOException e) {
            throw notAWorkbook(file, name, e);
        } catch (UncheckedIOException e) {
            throw notAWorkbook(file, name, e.getCause());
        }
    }

    private static void readSheet(Sheet sheet, TableVisitor visitor, Path file, String name)
            throws IOException, UnreadableFileException {
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> iterator = rows.iterator();
            int line = 0;
            for (Row row = next(iterator, file, name); row != null; row = next(iterator, file, name)) {
                // A row without its optional r attribute is the one after the row before it (OOXML);
                // the reader numbers such rows from 0, so a row never comes before the one above it.
                line = Math.max(row.getRowNum(), line + 1);
                visitor.row(row(row, line));
            }
        }
    }

    /**
     * The next row, or null at the sheet's end. The reader fails on parts unlike Excel's (a cell type or
     * style that is not a number) with plain runtime exceptions; they name a bad workbook.
     */
    private static Row next(Iterator<Row> rows, Path file, String name) throws UnreadableFileException {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw badWorkbook(file, name, e);
        }
    }

    private static UnreadableFileException badWorkbook(Path file, String name, RuntimeException e) {
        return new UnreadableFileException(Message.of("import.file.badXlsx", name), "not a workbook: " + file, e);
    }

    /** A damaged or foreign zip is a bad workbook; a file the system cannot read is a file problem. */
    private static UnreadableFileException notAWorkbook(Path file, String name, IOException e) {
        if (e instanceof java.nio.file.FileSystemException) {
            return RtListReader.unreadable(file, e);
        }
        return new UnreadableFileException(Message.of("import.file.badXlsx", name), "not a workbook: " + file, e);
    }

    private static SourceRow row(Row row, int line) {
        List<SourceCell> cells = new ArrayList<>(row.getCellCount());
        for (int column = 0; column < row.getCellCount(); column++) {
            cells.add(cell(row.getOptionalCell(column).orElse(null)));
        }
        return new SourceRow(line, cells);
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
