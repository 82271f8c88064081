package id.loket.domain.skm;

import id.loket.domain.text.LabelPrefix;

/**
 * The four answers of every SKM question (PermenPANRB 14/2017): 1 is the worst, 4 the best. The
 * screen shows them as faces with these words; a paper sheet writes the number.
 */
@LabelPrefix("skm.scale.")
public enum SkmScale {
    TIDAK_BAIK,
    KURANG_BAIK,
    BAIK,
    SANGAT_BAIK;

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    /** 1 to 4, the value the IKM counts. */
    public int value() {
        return ordinal() + 1;
    }

    public static boolean valid(int value) {
        return value >= LOWEST && value <= HIGHEST;
    }

    public static SkmScale of(int value) {
        if (!valid(value)) {
            throw new IllegalArgumentException("an SKM answer is 1 to 4: " + value);
        }
        return values()[value - 1];
    }
}
