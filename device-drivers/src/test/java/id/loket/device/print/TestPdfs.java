package id.loket.device.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs for printer tests. */
final class TestPdfs {

    static final float MM = 72f / 25.4f;

    private TestPdfs() {
    }

    /** A receipt-sized page with shapes only, so its raster is the same on every machine. */
    static byte[] shapes(float widthMm, float heightMm) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(widthMm * MM, heightMm * MM));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(4 * MM, (heightMm - 14) * MM, (widthMm - 8) * MM, 10 * MM);
                content.fill();
                content.addRect(10 * MM, 6 * MM, 20 * MM, 20 * MM);
                content.fill();
                content.setLineWidth(1.5f);
                content.moveTo(4 * MM, 30 * MM);
                content.lineTo((widthMm - 4) * MM, 30 * MM);
                content.stroke();
            }
            return save(document);
        }
    }

    /** A receipt with a line of text, for the print service test. */
    static byte[] receipt(String line, float widthMm, float heightMm) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(widthMm * MM, heightMm * MM));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 10);
                content.newLineAtOffset(5 * MM, (heightMm - 12) * MM);
                content.showText(line);
                content.endText();
                content.addRect(5 * MM, 5 * MM, 30 * MM, 8 * MM);
                content.fill();
            }
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
