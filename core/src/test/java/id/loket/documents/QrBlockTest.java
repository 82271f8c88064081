package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class QrBlockTest {

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void theSymbolIsAtLeastTwentyMillimetresAndFitsTheColumn(PaperSize size) {
        PrintStyle style = PrintStyle.of(size);
        for (String payload : new String[] {"T1", "LOKET-R-REG-2026-000123", "x".repeat(120)}) {
            QrBlock block = QrBlock.of(payload, style.qrSymbolMm(), PrintStyle.MIN_QR_MODULE_MM,
                    size.printableWidthPt(), 0f);

            assertThat(Units.toMm(block.symbolSide())).as(payload).isGreaterThanOrEqualTo(20f);
            assertThat(block.side()).as(payload).isLessThanOrEqualTo(size.printableWidthPt());
        }
    }

    @Test
    void theMatrixCarriesAFourModuleQuietZone() {
        BitMatrix matrix = QrCodes.encode("LOKET-T-20260604-A-023");
        int width = matrix.getWidth();

        assertThat(QrCodes.symbolModules(matrix)).isEqualTo(width - 8);
        for (int i = 0; i < width; i++) {
            for (int ring = 0; ring < QrCodes.QUIET_ZONE_MODULES; ring++) {
                assertThat(matrix.get(i, ring) || matrix.get(ring, i)
                        || matrix.get(i, width - 1 - ring) || matrix.get(width - 1 - ring, i)).isFalse();
            }
        }
        // The top-left finder pattern starts right inside the quiet zone.
        assertThat(matrix.get(QrCodes.QUIET_ZONE_MODULES, QrCodes.QUIET_ZONE_MODULES)).isTrue();
    }

    @Test
    void aPayloadTooLongForAnyQrCodeIsAClearError() {
        assertThatThrownBy(() -> QrCodes.encode("9".repeat(8000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QR payload cannot be encoded");
    }
}
