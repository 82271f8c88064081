package id.loket.domain.skm;

import id.loket.domain.text.LabelPrefix;
import java.math.BigDecimal;

/**
 * The quality grade (mutu pelayanan) of an IKM, by the bands of PermenPANRB 14/2017 applied to the IKM
 * rounded to two decimals: D 25.00–64.99 Tidak Baik, C 65.00–76.60 Kurang Baik, B 76.61–88.30 Baik,
 * A 88.31–100.00 Sangat Baik. The meaning is shown through the enum's label.
 */
@LabelPrefix("skm.grade.")
public enum Grade {
    A, B, C, D;

    private static final BigDecimal LOWEST_C = new BigDecimal("65.00");
    private static final BigDecimal LOWEST_B = new BigDecimal("76.61");
    private static final BigDecimal LOWEST_A = new BigDecimal("88.31");

    /** @param ikm already rounded to two decimals, as the bands are written */
    public static Grade of(BigDecimal ikm) {
        if (ikm.scale() > 2 && ikm.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("the bands apply to the IKM rounded to two decimals: " + ikm);
        }
        if (ikm.compareTo(LOWEST_A) >= 0) {
            return A;
        }
        if (ikm.compareTo(LOWEST_B) >= 0) {
            return B;
        }
        return ikm.compareTo(LOWEST_C) >= 0 ? C : D;
    }
}
