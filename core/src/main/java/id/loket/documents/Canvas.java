package id.loket.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One page being drawn: the content column (left edge and width in points) and the few drawing
 * operations the blocks need. Everything is black on white, as a thermal head prints it.
 */
final class Canvas {

    private final PDDocument document;
    private final PDPageContentStream stream;
    private final float left;
    private final float width;

    Canvas(PDDocument document, PDPageContentStream stream, float left, float width) {
        this.document = document;
        this.stream = stream;
        this.left = left;
        this.width = width;
    }

    /** The same page narrowed to a column {@code offset} points right of this one's left edge. */
    Canvas column(float offset, float columnWidth) {
        return new Canvas(document, stream, left + offset, columnWidth);
    }

    PDDocument document() {
        return document;
    }

    float left() {
        return left;
    }

    float width() {
        return width;
    }

    /** Draws sanitized text with its baseline at {@code baseline}; {@code scalePercent} narrows it. */
    void text(String safeText, PDFont font, float sizePt, float x, float baseline, float scalePercent)
            throws IOException {
        stream.beginText();
        stream.setFont(font, sizePt);
        stream.setHorizontalScaling(scalePercent);
        stream.newLineAtOffset(x, baseline);
        stream.showText(safeText);
        stream.endText();
    }

    void horizontalLine(float x1, float x2, float y, float thickness) throws IOException {
        stream.setLineWidth(thickness);
        stream.moveTo(x1, y);
        stream.lineTo(x2, y);
        stream.stroke();
    }

    void frame(float x, float bottom, float w, float h, float thickness) throws IOException {
        stream.setLineWidth(thickness);
        stream.addRect(x, bottom, w, h);
        stream.stroke();
    }

    /** A filled rectangle in a shade of grey (0 black, 1 white), for the bars of a chart. */
    void filledRect(float x, float bottom, float w, float h, float grey) throws IOException {
        stream.setNonStrokingColor(grey, grey, grey);
        stream.addRect(x, bottom, w, h);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
    }

    void image(PDImageXObject image, float x, float bottom, float side) throws IOException {
        stream.drawImage(image, x, bottom, side, side);
    }
}
