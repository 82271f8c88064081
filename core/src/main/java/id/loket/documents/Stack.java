package id.loket.documents;

import java.io.IOException;
import java.util.List;

/** Blocks kept together on one page, such as a signature and the name under it. */
record Stack(List<Block> parts) implements Block {

    Stack {
        parts = List.copyOf(parts);
    }

    @Override
    public float height() {
        float sum = 0f;
        for (Block part : parts) {
            sum += part.height();
        }
        return sum;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float y = top;
        for (Block part : parts) {
            part.draw(canvas, y);
            y -= part.height();
        }
    }
}
