package id.loket.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The paper a document is printed on. Thermal rolls are cut to the length of their content; A4 is
 * paginated.
 *
 * <p>The printable width of a thermal roll is narrower than the roll because the print head does not
 * reach the edges; content is centred in it so that nothing is lost on either side.
 */
public enum PaperSize {
    THERMAL_58("58mm", 58f, 48f, true),
    THERMAL_80("80mm", 80f, 72f, true),
    A4("a4", 210f, 170f, false);

    /** Height of an A4 sheet; thermal pages take their height from their content instead. */
    static final float A4_HEIGHT_MM = 297f;

    private final String setting;
    private final float widthMm;
    private final float printableWidthMm;
    private final boolean thermal;

    PaperSize(String setting, float widthMm, float printableWidthMm, boolean thermal) {
        this.setting = setting;
        this.widthMm = widthMm;
        this.printableWidthMm = printableWidthMm;
        this.thermal = thermal;
    }

    /** Reads the value of the printer paper setting: {@code 58mm}, {@code 80mm} or {@code a4}, any case. */
    public static PaperSize fromSetting(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (PaperSize size : values()) {
            if (size.setting.equals(wanted)) {
                return size;
            }
        }
        String allowed = Arrays.stream(values()).map(PaperSize::setting).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown paper size '" + value + "'; allowed: " + allowed);
    }

    /** The value of this size in the printer paper setting. */
    public String setting() {
        return setting;
    }

    public float widthMm() {
        return widthMm;
    }

    public float widthPt() {
        return Units.mm(widthMm);
    }

    public float printableWidthPt() {
        return Units.mm(printableWidthMm);
    }

    public boolean isThermal() {
        return thermal;
    }
}
