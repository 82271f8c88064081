package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back the way a person or a scanner would meet it. */
final class PdfProbe {

    /** Dots per inch of the common 58 and 80 mm thermal printers. */
    static final float THERMAL_DPI = 203f;

    private final byte[] pdf;

    PdfProbe(byte[] pdf) {
        this.pdf = pdf;
    }

    String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text of one page (counted from 0). */
    String pageText(int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(document);
        }
    }

    /** The text with line breaks and runs of spaces as single spaces, since wrapping depends on the paper. */
    String flatText() throws IOException {
        return text().replaceAll("\\s+", " ");
    }

    int pageCount() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    PDRectangle pageSize(int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(page).getMediaBox();
        }
    }

    /** Black and white, as a thermal head prints it: grey edges are gone, like on paper. */
    BufferedImage renderBinary(int page, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.BINARY);
        }
    }

    BufferedImage renderGray(int page, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
        }
    }

    /** Capital height in points of the largest glyph drawn of {@code text}'s characters. */
    float capHeightOf(String text) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) throws IOException {
                if (string.contains(text)) {
                    found.addAll(positions);
                }
                super.writeString(string, positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        assertThat(found).as("glyphs of %s", text).isNotEmpty();
        float largest = 0f;
        for (TextPosition glyph : found) {
            float cap = glyph.getFont().getFontDescriptor().getCapHeight() / 1000f * glyph.getYScale();
            largest = Math.max(largest, cap);
        }
        return largest;
    }

    /** Size in points of the smallest glyph on any page. */
    float smallestTextSize() throws IOException {
        float[] smallest = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) throws IOException {
                for (TextPosition glyph : positions) {
                    smallest[0] = Math.min(smallest[0], glyph.getYScale());
                }
                super.writeString(string, positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return smallest[0];
    }

    static Result decodeQr(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        return new MultiFormatReader().decode(bitmap, hints);
    }

    /**
     * Where the decoded symbol lies in the image, from the finder pattern centres ZXing reports
     * (bottom-left, top-left, top-right), each 3.5 modules in from the symbol's edges.
     */
    static SymbolBounds bounds(Result result, int symbolModules) {
        ResultPoint[] points = result.getResultPoints();
        ResultPoint topLeft = points[1];
        ResultPoint topRight = points[2];
        float module = ResultPoint.distance(topLeft, topRight) / (symbolModules - 7);
        float left = topLeft.getX() - 3.5f * module;
        float top = topLeft.getY() - 3.5f * module;
        return new SymbolBounds(left, top, module, symbolModules);
    }

    record SymbolBounds(float left, float top, float modulePx, int modules) {

        float sidePx() {
            return modulePx * modules;
        }

        float sideMm(float dpi) {
            return sidePx() / dpi * 25.4f;
        }

        /** Dark pixels in the ring {@code ringModules} wide around the symbol, skipping one pixel at its edge. */
        int darkPixelsAround(BufferedImage image, int ringModules) {
            float ring = ringModules * modulePx;
            int x0 = Math.round(left - ring) + 1;
            int y0 = Math.round(top - ring) + 1;
            int x1 = Math.round(left + sidePx() + ring) - 1;
            int y1 = Math.round(top + sidePx() + ring) - 1;
            int dark = 0;
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    boolean inside = x >= left - 1 && x <= left + sidePx() + 1
                            && y >= top - 1 && y <= top + sidePx() + 1;
                    if (!inside && isDark(image, x, y)) {
                        dark++;
                    }
                }
            }
            return dark;
        }

        private static boolean isDark(BufferedImage image, int x, int y) {
            if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
                return true; // a quiet zone that runs off the paper is no quiet zone
            }
            int rgb = image.getRGB(x, y);
            int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
            return luminance < 128;
        }
    }
}
