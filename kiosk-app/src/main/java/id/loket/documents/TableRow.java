package id.loket.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One row of a table: cells side by side, each wrapped to its column, a thin rule below. A tick-box
 * cell draws an empty square for a pen, as on a checklist the ketua RT or the agent ticks off.
 *
 * @param offsets where each column starts, from the left of the content column
 * @param widths  each column's width; the text is wrapped to it less a small gutter
 */
record TableRow(List<List<String>> cells, float[] offsets, float[] widths, boolean[] tickBoxes, PDFont font,
                float sizePt, float lineHeight, float padding, float ruleThickness) implements Block {

    TableRow {
        cells = List.copyOf(cells);
        offsets = offsets.clone();
        widths = widths.clone();
        tickBoxes = tickBoxes.clone();
    }

    @Override
    public float height() {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * lineHeight + 2 * padding + ruleThickness;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float firstBaseline = top - padding - sizePt;
        for (int c = 0; c < cells.size(); c++) {
            float x = canvas.left() + offsets[c];
            if (tickBoxes[c]) {
                float side = sizePt;
                canvas.frame(x, firstBaseline - sizePt * 0.15f, side, side, 0.7f);
                continue;
            }
            float y = firstBaseline;
            for (String line : cells.get(c)) {
                canvas.text(line, font, sizePt, x, y, 100f);
                y -= lineHeight;
            }
        }
        float bottom = top - height() + ruleThickness / 2f;
        canvas.horizontalLine(canvas.left(), canvas.left() + canvas.width(), bottom, ruleThickness);
    }
}
