package id.loket.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One row of a table: cells side by side, each wrapped to its column, the row as tall as its tallest
 * cell, closed by a rule. Rows are separate blocks, so an A4 table breaks between rows, never
 * through one.
 *
 * @param cells       the wrapped lines of each cell, already made safe for the font
 * @param columns     the columns, with their widths in points
 * @param ruleWidth   thickness of the rule under the row (a header row has a heavier one)
 */
record TableRow(List<List<String>> cells, List<PlacedColumn> columns, PDFont font, float sizePt,
                float lineHeight, float ruleWidth) implements Block {

    /** Space between a cell's text and the row's rules and the next column. */
    static final float PADDING = 3f;

    /** A column at its place on the page. */
    record PlacedColumn(TableColumn column, float offset, float width) {
    }

    TableRow {
        cells = cells.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        }
    }

    @Override
    public float height() {
        int lines = cells.stream().mapToInt(c -> Math.max(1, c.size())).max().orElse(1);
        return lines * lineHeight + 2 * PADDING;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            PlacedColumn placed = columns.get(i);
            float x = canvas.left() + placed.offset();
            if (placed.column().kind() == TableColumn.Kind.TICK_BOX) {
                float side = Math.min(lineHeight, placed.width() - 2 * PADDING);
                canvas.frame(x + (placed.width() - side) / 2, top - PADDING - side, side, side, 0.8f);
                continue;
            }
            float baseline = top - PADDING - sizePt;
            for (String line : cells.get(i)) {
                float textX = placed.column().kind() == TableColumn.Kind.NUMBER
                        ? x + placed.width() - PADDING - Fonts.width(font, sizePt, line)
                        : x + PADDING;
                canvas.text(line, font, sizePt, textX, baseline, 100f);
                baseline -= lineHeight;
            }
        }
        canvas.horizontalLine(canvas.left(), canvas.left() + canvas.width(), top - height(), ruleWidth);
    }
}
