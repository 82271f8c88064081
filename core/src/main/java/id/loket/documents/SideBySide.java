package id.loket.documents;

import java.io.IOException;

/**
 * Two blocks in the left and right halves of the column, top-aligned: on A4 the QR code beside the
 * signature, where a full-width row each would leave half the sheet empty.
 */
record SideBySide(Block left, Block right, float halfWidth, float gutter) implements Block {

    @Override
    public float height() {
        return Math.max(left.height(), right.height());
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        left.draw(canvas.column(0f, halfWidth), top);
        right.draw(canvas.column(halfWidth + gutter, halfWidth), top);
    }
}
