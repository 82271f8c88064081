package id.loket.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * QR codes for printouts: one matrix cell per module, so the PDF scales it to any paper without
 * resampling artefacts.
 */
final class QrCodes {

    /** The quiet zone the QR specification asks for; part of the matrix, so nothing is drawn there. */
    static final int QUIET_ZONE_MODULES = 4;

    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCodes() {
    }

    /**
     * The matrix for {@code payload}, quiet zone included. Error correction M survives a smudged or
     * slightly faded thermal print without making the code much denser than L would.
     */
    static BitMatrix encode(String payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(payload)) {
            // Only then: the UTF-8 hint adds an ECI marker that some cheap scanners stumble on.
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload cannot be encoded (" + payload.length()
                    + " characters)", e);
        }
    }

    /** Modules across the symbol itself, without the quiet zone. */
    static int symbolModules(BitMatrix matrix) {
        return matrix.getWidth() - 2 * QUIET_ZONE_MODULES;
    }

    /** A 1-bit image of the matrix, drawn without interpolation so module edges stay sharp. */
    static PDImageXObject toImage(PDDocument document, BitMatrix matrix) throws IOException {
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
        xObject.setInterpolate(false);
        return xObject;
    }
}
