package id.loket.documents;

/** Empty room between groups of lines. */
record Spacer(float height) implements Block {

    @Override
    public void draw(Canvas canvas, float top) {
        // Nothing to draw: the room itself is the point, and the composer already moved past it.
    }
}
