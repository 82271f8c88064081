package id.loket.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table for A4 lists and schedules: a bold header row under a heavier rule, then one
 * {@link TableRow} per row, each a block of its own so a long list breaks between rows.
 */
final class Table {

    /** A column: its heading, its share of the width (shares are relative), and whether it is a tick box. */
    record Column(String header, float share, boolean tickBox) {

        static Column text(String header, float share) {
            return new Column(header, share, false);
        }

        static Column tickBox(String header, float share) {
            return new Column(header, share, true);
        }
    }

    private static final float GUTTER_PT = 6f;

    private Table() {
    }

    /** The header and the rows as blocks, all text sanitized for the font and wrapped to its column. */
    static List<Block> blocks(PaperSize paper, List<Column> columns, List<List<String>> rows) {
        PrintStyle style = PrintStyle.of(paper);
        Fonts fonts = Fonts.helvetica();
        float size = style.bodyPt() - 1f;
        float total = 0f;
        for (Column column : columns) {
            total += column.share();
        }
        float width = paper.printableWidthPt();
        float[] offsets = new float[columns.size()];
        float[] widths = new float[columns.size()];
        boolean[] ticks = new boolean[columns.size()];
        float x = 0f;
        for (int c = 0; c < columns.size(); c++) {
            offsets[c] = x;
            widths[c] = width * columns.get(c).share() / total;
            ticks[c] = columns.get(c).tickBox();
            x += widths[c];
        }
        List<Block> blocks = new ArrayList<>();
        List<String> headers = columns.stream().map(Column::header).toList();
        blocks.add(row(headers, widths, offsets, new boolean[columns.size()], fonts.bold(), size, 1.2f));
        for (List<String> cells : rows) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + cells.size() + " cells for " + columns.size() + " columns");
            }
            blocks.add(row(cells, widths, offsets, ticks, fonts.regular(), size, 0.4f));
        }
        return blocks;
    }

    private static TableRow row(List<String> cells, float[] widths, float[] offsets, boolean[] ticks, PDFont font,
                                float size, float rule) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String safe = WinAnsiText.sanitize(cells.get(c) == null ? "" : cells.get(c));
            wrapped.add(ticks[c] ? List.of() : new LineWrapper(font, size, widths[c] - GUTTER_PT).wrap(safe));
        }
        return new TableRow(wrapped, offsets, widths, ticks, font, size, size * 1.25f, size * 0.3f, rule);
    }
}
