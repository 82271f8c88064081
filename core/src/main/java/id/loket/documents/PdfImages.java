package id.loket.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Turns a printout's pages into images, for the on-screen previews of tickets, receipts and reports. */
public final class PdfImages {

    /** One page as an image, and how many pages the document has (for "page 2 of 3"). */
    public record Page(BufferedImage image, int index, int pages) {
    }

    private PdfImages() {
    }

    public static BufferedImage firstPage(byte[] pdf, float dpi) {
        return page(pdf, 0, dpi).image();
    }

    /**
     * The page at {@code index} (from 0), brought within the document: a page asked past the end is
     * the last one, so paging on a document that got shorter never fails.
     */
    public static Page page(byte[] pdf, int index, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new IllegalArgumentException("a printout without pages");
            }
            int shown = Math.max(0, Math.min(index, pages - 1));
            return new Page(new PDFRenderer(document).renderImageWithDPI(shown, dpi), shown, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the printout preview", e);
        }
    }
}
