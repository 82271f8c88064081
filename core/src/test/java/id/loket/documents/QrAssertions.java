package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** Checks a printed QR code the way the counter's scanner will meet it. */
final class QrAssertions {

    private QrAssertions() {
    }

    /**
     * Renders page 0 in black and white at a thermal printer's resolution, decodes the QR code and
     * checks its payload, its size without the quiet zone, and that the quiet zone is empty.
     */
    static void assertPrintedQr(byte[] pdf, String payload) throws IOException, NotFoundException {
        BufferedImage page = new PdfProbe(pdf).renderBinary(0, PdfProbe.THERMAL_DPI);
        Result result = PdfProbe.decodeQr(page);
        assertThat(result.getText()).isEqualTo(payload);

        int modules = QrCodes.symbolModules(QrCodes.encode(payload));
        PdfProbe.SymbolBounds symbol = PdfProbe.bounds(result, modules);
        assertThat(symbol.sideMm(PdfProbe.THERMAL_DPI)).as("QR side in mm").isGreaterThanOrEqualTo(20f);
        assertThat(symbol.darkPixelsAround(page, QrCodes.QUIET_ZONE_MODULES)).as("dark pixels in the quiet zone")
                .isZero();
    }
}
