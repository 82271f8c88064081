package id.loket.domain.skm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The Krejcie–Morgan sample size the SKM guidance uses: for a population of N people served,
 * s = 3.841·N·0.25 / (0.0025·(N−1) + 3.841·0.25), rounded up (100 → 80, 1,000 → 278, about 384 for
 * very large N). Computed in decimals so a quotient that is a whole number is not pushed up by a
 * binary fraction.
 */
public final class SampleSize {

    private static final BigDecimal CHI_SQUARE = new BigDecimal("3.841");
    private static final BigDecimal P_Q = new BigDecimal("0.25");
    private static final BigDecimal MARGIN_SQUARED = new BigDecimal("0.0025");

    private SampleSize() {
    }

    /** The respondents needed for {@code served} people served; 0 for none served. */
    public static long krejcieMorgan(long served) {
        if (served < 0) {
            throw new IllegalArgumentException("people served cannot be negative: " + served);
        }
        if (served == 0) {
            return 0;
        }
        BigDecimal n = BigDecimal.valueOf(served);
        BigDecimal numerator = CHI_SQUARE.multiply(n).multiply(P_Q);
        BigDecimal denominator = MARGIN_SQUARED.multiply(n.subtract(BigDecimal.ONE)).add(CHI_SQUARE.multiply(P_Q));
        return numerator.divide(denominator, MathContext.DECIMAL128).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * Whether {@code respondents} answers are enough for {@code served} people served: a warning when
     * not, never a reason to refuse the report.
     */
    public static Representativeness check(long respondents, long served) {
        long needed = krejcieMorgan(served);
        return new Representativeness(respondents, served, needed, respondents >= needed);
    }

    /** The comparison as the report prints it. */
    public record Representativeness(long respondents, long served, long needed, boolean representative) {
    }
}
