package id.loket.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Turns a printout's first page into an image, for the on-screen preview of tickets and receipts. */
public final class PdfImages {

    private PdfImages() {
    }

    public static BufferedImage firstPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the printout preview", e);
        }
    }
}
