package id.loket.documents;

import java.io.IOException;

/**
 * A piece of a printout that knows its height before it is drawn. Layout measures every block
 * first, so a thermal page is cut to its content and an A4 page breaks between blocks.
 */
interface Block {

    /** Height in points, including the space the block keeps below itself. */
    float height();

    /** Draws the block with its top edge at {@code top} (PDF coordinates, y grows upwards). */
    void draw(Canvas canvas, float top) throws IOException;
}
