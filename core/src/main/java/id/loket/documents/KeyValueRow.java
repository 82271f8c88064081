package id.loket.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A label and its value: side by side with the value in its own column, or, on a roll too narrow
 * for two columns, the label above the value. A numbered list item is the same shape with the
 * number as its label.
 *
 * @param valueIndent where the value column starts, from the left of the content column; 0 when stacked
 * @param lineHeight  height of one line of either column
 * @param spaceAfter  room below the row, so rows read as separate entries
 */
record KeyValueRow(List<String> labelLines, PDFont labelFont, List<String> valueLines, PDFont valueFont,
                   float sizePt, boolean stacked, float valueIndent, float lineHeight, float spaceAfter)
        implements Block {

    KeyValueRow {
        labelLines = List.copyOf(labelLines);
        valueLines = List.copyOf(valueLines);
    }

    @Override
    public float height() {
        int lines = stacked ? labelLines.size() + valueLines.size()
                : Math.max(labelLines.size(), valueLines.size());
        return lines * lineHeight + spaceAfter;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float baselineDrop = sizePt;
        float y = top - baselineDrop;
        for (String line : labelLines) {
            canvas.text(line, labelFont, sizePt, canvas.left(), y, 100f);
            y -= lineHeight;
        }
        if (!stacked) {
            y = top - baselineDrop;
        }
        for (String line : valueLines) {
            canvas.text(line, valueFont, sizePt, canvas.left() + valueIndent, y, 100f);
            y -= lineHeight;
        }
    }
}
