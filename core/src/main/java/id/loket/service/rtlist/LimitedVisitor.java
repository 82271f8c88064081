package id.loket.service.rtlist;

import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.util.List;
import java.util.Optional;

/**
 * Passes rows on to the import while they stay within {@link ReadingLimits}: rows with content, columns
 * in use and characters in a cell. The first row beyond a limit stops the reading with the message that
 * names it, so a file too big is refused as soon as that is known, before the import holds it all.
 */
final class LimitedVisitor implements TableVisitor {

    /** Stops the reading; {@link RtListReader} turns it into an {@link UnreadableFileException}. */
    static final class LimitExceeded extends RuntimeException {
        private final transient Message problem;

        LimitExceeded(Message problem, String detail) {
            super(detail, null, false, false);
            this.problem = problem;
        }

        Message problem() {
            return problem;
        }
    }

    private final TableVisitor next;
    private final ReadingLimits limits;
    private final String fileName;
    private Optional<String> sheet = Optional.empty();
    private int rowsWithContent;
    private int rows;

    LimitedVisitor(TableVisitor next, ReadingLimits limits, String fileName) {
        this.next = next;
        this.limits = limits;
        this.fileName = fileName;
    }

    @Override
    public void table(Optional<String> sheet) {
        this.sheet = sheet;
        next.table(sheet);
    }

    @Override
    public void hiddenSheet(String sheet) {
        next.hiddenSheet(sheet);
    }

    @Override
    public void position(long bytesRead, long totalBytes) {
        next.position(bytesRead, totalBytes);
    }

    @Override
    public void row(SourceRow row) {
        // Empty rows count too, up to what a spreadsheet holds: a file of millions of empty lines would
        // otherwise be read to its end, for minutes, within the other limits.
        if (++rows > WorkbookCheck.EXCEL_ROWS) {
            throw new LimitExceeded(Message.of("import.limit.emptyRows", fileName, WorkbookCheck.EXCEL_ROWS),
                    "more than " + WorkbookCheck.EXCEL_ROWS + " rows, empty ones included");
        }
        List<SourceCell> cells = row.cells();
        int used = 0;
        for (int column = 0; column < cells.size(); column++) {
            SourceCell cell = cells.get(column);
            if (cell.text().length() > limits.maxCellChars()) {
                throw new LimitExceeded(Message.of("import.limit.cell", where(), String.valueOf(row.line()),
                        columnName(column), limits.maxCellChars()),
                        "cell longer than " + limits.maxCellChars() + " in row " + row.line());
            }
            if (!cell.isBlank()) {
                used = column + 1;
            }
        }
        if (used > limits.maxColumns()) {
            throw new LimitExceeded(Message.of("import.limit.columns", where(), String.valueOf(row.line()),
                    limits.maxColumns()), "more than " + limits.maxColumns() + " columns");
        }
        if (used > 0 && ++rowsWithContent > limits.maxRows()) {
            throw new LimitExceeded(Message.of("import.limit.rows", fileName, limits.maxRows()),
                    "more than " + limits.maxRows() + " rows");
        }
        next.row(row);
    }

    /** The file, or the file and the sheet of a workbook: what a person opens to find the row. */
    private String where() {
        return sheet.map(name -> fileName + " (" + name + ")").orElse(fileName);
    }

    /** A, B, … Z, AA, AB: the column as a spreadsheet labels it. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
