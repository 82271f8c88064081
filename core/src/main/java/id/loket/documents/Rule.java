package id.loket.documents;

import java.io.IOException;

/**
 * A horizontal line across the content column, with room above and below. Doubled (a heavy line
 * over a thin one) it closes an Indonesian letterhead (kop surat).
 */
record Rule(float thickness, boolean doubled, float spaceAbove, float spaceBelow) implements Block {

    private static final float DOUBLE_GAP = 1.5f;
    private static final float THIN = 0.5f;

    @Override
    public float height() {
        float lines = doubled ? thickness + DOUBLE_GAP + THIN : thickness;
        return spaceAbove + lines + spaceBelow;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float right = canvas.left() + canvas.width();
        float y = top - spaceAbove - thickness / 2f;
        canvas.horizontalLine(canvas.left(), right, y, thickness);
        if (doubled) {
            float thinY = y - thickness / 2f - DOUBLE_GAP - THIN / 2f;
            canvas.horizontalLine(canvas.left(), right, thinY, THIN);
        }
    }
}
