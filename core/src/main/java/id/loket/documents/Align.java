package id.loket.documents;

/** Where a line sits in the content column. */
enum Align {
    LEFT,
    CENTRE;

    float x(Canvas canvas, float textWidth) {
        return switch (this) {
            case LEFT -> canvas.left();
            case CENTRE -> canvas.left() + (canvas.width() - textWidth) / 2f;
        };
    }
}
