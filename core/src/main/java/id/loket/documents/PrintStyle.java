package id.loket.documents;

/**
 * Type sizes and spacing for one paper size, so the renderers say what to print and not how big.
 *
 * @param bodyPt            body text; UX asks for at least 9 pt
 * @param displayCapMm      cap height of a ticket number; UX asks for at least 12 mm on thermal
 * @param qrSymbolMm        QR side without its quiet zone; UX asks for at least 20 mm
 * @param stackedPairs      labels above values, for a roll too narrow for two columns
 * @param labelColumnShare  most of the column width labels may take when side by side
 */
record PrintStyle(float bodyPt, float titlePt, float letterheadPt, float displayCapMm, float qrSymbolMm,
                  float topMarginMm, float bottomMarginMm, boolean stackedPairs, float labelColumnShare) {

    /** About three dots of a 203 dpi thermal head, the smallest module cheap phone cameras read well. */
    static final float MIN_QR_MODULE_MM = 0.375f;

    static PrintStyle of(PaperSize paper) {
        return switch (paper) {
            case THERMAL_58 -> new PrintStyle(9f, 11f, 11f, 12.5f, 22f, 3f, 8f, true, 0f);
            case THERMAL_80 -> new PrintStyle(10f, 12f, 12.5f, 14f, 24f, 3f, 8f, false, 0.45f);
            case A4 -> new PrintStyle(11f, 15f, 16f, 20f, 28f, 20f, 22f, false, 0.4f);
        };
    }

    /** Room between groups of lines: a blank half line. */
    float groupGap() {
        return bodyPt * 0.6f;
    }
}
