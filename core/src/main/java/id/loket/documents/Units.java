package id.loket.documents;

/** Conversions between the millimetres of paper specifications and the points of PDF. */
final class Units {

    static final float POINTS_PER_INCH = 72f;
    static final float MM_PER_INCH = 25.4f;

    private Units() {
    }

    static float mm(float millimetres) {
        return millimetres * POINTS_PER_INCH / MM_PER_INCH;
    }

    static float toMm(float points) {
        return points * MM_PER_INCH / POINTS_PER_INCH;
    }
}
