package id.loket.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One line of sanitized text.
 *
 * @param baselineDrop distance from the block's top to the baseline
 * @param scalePercent horizontal scaling, below 100 only for a display line too wide for the roll
 */
record TextLine(String text, PDFont font, float sizePt, Align align, float height, float baselineDrop,
                float scalePercent) implements Block {

    /** Ordinary text: the line height leaves room for accents above and descenders below. */
    static TextLine of(String safeText, PDFont font, float sizePt, Align align) {
        return new TextLine(safeText, font, sizePt, align, sizePt * 1.3f, sizePt * 1.0f, 100f);
    }

    float width() {
        return Fonts.width(font, sizePt, text) * scalePercent / 100f;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        canvas.text(text, font, sizePt, align.x(canvas, width()), top - baselineDrop, scalePercent);
    }
}
