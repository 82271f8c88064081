package id.loket.documents;

import java.io.IOException;

/**
 * A short word in a thin frame, centred: marks a priority ticket without a solid black area, which
 * a thermal head prints slowly and which fades unevenly.
 */
record FramedLabel(TextLine line, float padding, float spaceAround) implements Block {

    private static final float FRAME = 1f;

    @Override
    public float height() {
        return spaceAround + line.height() + 2 * padding + spaceAround;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float frameTop = top - spaceAround;
        float frameHeight = line.height() + 2 * padding;
        float frameWidth = line.width() + 4 * padding;
        float x = canvas.left() + (canvas.width() - frameWidth) / 2f;
        canvas.frame(x, frameTop - frameHeight, frameWidth, frameHeight, FRAME);
        line.draw(canvas, frameTop - padding);
    }
}
