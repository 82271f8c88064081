package id.loket.domain.rtlist;

import java.util.List;

/**
 * One row of an RT list file.
 *
 * @param line  the row number as the spreadsheet shows it (1 is the first row), which is what a person
 *              looks for when told to fix a row
 * @param cells the cells from the first column on; a row may be shorter than the header
 */
public record SourceRow(int line, List<SourceCell> cells) {

    public SourceRow {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (0-based), empty when the row is shorter or the index is negative. */
    public SourceCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : SourceCell.EMPTY;
    }

    /** The cells' texts, as header names when this row is a header. */
    public List<String> texts() {
        return cells.stream().map(SourceCell::text).toList();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isBlank);
    }
}
