package id.loket.documents;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;

/**
 * A QR code centred in the column, quiet zone included in its side.
 *
 * @param side       side of the whole image in points, quiet zone included
 * @param spaceAfter room below the image, beyond its own quiet zone
 */
record QrBlock(BitMatrix matrix, float side, float spaceAfter) implements Block {

    /**
     * Sized so the symbol itself (quiet zone excluded) is at least {@code symbolMm} and each module at
     * least {@code minModuleMm}, but never wider than the column.
     */
    static QrBlock of(String payload, float symbolMm, float minModuleMm, float columnWidth, float spaceAfter) {
        BitMatrix matrix = QrCodes.encode(payload);
        float module = Math.max(Units.mm(symbolMm) / QrCodes.symbolModules(matrix), Units.mm(minModuleMm));
        float side = Math.min(module * matrix.getWidth(), columnWidth);
        return new QrBlock(matrix, side, spaceAfter);
    }

    /** Side of the symbol without its quiet zone, which is what a scanner must resolve. */
    float symbolSide() {
        return side * QrCodes.symbolModules(matrix) / matrix.getWidth();
    }

    @Override
    public float height() {
        return side + spaceAfter;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float x = canvas.left() + (canvas.width() - side) / 2f;
        canvas.image(QrCodes.toImage(canvas.document(), matrix), x, top - side, side);
    }
}
