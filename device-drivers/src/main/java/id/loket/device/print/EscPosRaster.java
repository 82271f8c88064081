package id.loket.device.print;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a PDF into ESC/POS: every page rendered in black and white at the printer's resolution and
 * sent as a raster image (GS v 0, through escpos-coffee), then a feed and a cut.
 *
 * <p>A page as wide as the paper (an 80 mm receipt on 80 mm paper) is printed at full scale, centred
 * on the printable width (72 mm of 80 mm paper, 48 mm of 58 mm); a wider page (A4) is scaled down to
 * the printable width.
 */
public final class EscPosRaster {

    /** The roll and its printable width at the printer's resolution. */
    public enum Paper {
        MM_80(80, 576), MM_58(58, 384);

        private final int widthMm;
        private final int dots;

        Paper(int widthMm, int dots) {
            this.widthMm = widthMm;
            this.dots = dots;
        }

        public int widthMm() {
            return widthMm;
        }

        public int dots() {
            return dots;
        }
    }

    public enum Cut { FULL, PARTIAL, NONE }

    private final Paper paper;
    private final int dpi;
    private final int feedLines;
    private final Cut cut;

    public EscPosRaster(Paper paper, int dpi, int feedLines, Cut cut) {
        this.paper = paper;
        this.dpi = dpi;
        this.feedLines = feedLines;
        this.cut = cut;
    }

    public byte[] render(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            PDFRenderer renderer = new PDFRenderer(document);
            RenderingHints crisp = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            crisp.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            crisp.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            renderer.setRenderingHints(crisp);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage page = fitted(renderer, document.getPage(i), i);
                RasterBitImageWrapper raster = new RasterBitImageWrapper();
                escpos.write(raster, new EscPosImage(new CoffeeImageImpl(page), new BitonalThreshold(127)));
            }
            if (feedLines > 0) {
                escpos.feed(feedLines);
            }
            switch (cut) {
                case FULL -> escpos.cut(EscPos.CutMode.FULL);
                case PARTIAL -> escpos.cut(EscPos.CutMode.PART);
                case NONE -> {
                    // The operator tears the paper off.
                }
            }
        }
        return bytes.toByteArray();
    }

    private BufferedImage fitted(PDFRenderer renderer, PDPage page, int index) throws IOException {
        PDRectangle box = page.getCropBox();
        boolean rotated = page.getRotation() % 180 != 0;
        float widthPt = rotated ? box.getHeight() : box.getWidth();
        float widthMm = widthPt * 25.4f / 72f;
        float scale;
        if (widthMm <= paper.widthMm() + 0.5f) {
            scale = dpi / 72f;
        } else {
            scale = paper.dots() / widthPt;
        }
        BufferedImage rendered = renderer.renderImage(index, scale, ImageType.RGB);
        BufferedImage out = new BufferedImage(paper.dots(), rendered.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            int x = (paper.dots() - rendered.getWidth()) / 2;
            g.drawImage(rendered, x, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
