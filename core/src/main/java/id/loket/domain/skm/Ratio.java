package id.loket.domain.skm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction, so that the IKM's weight of 1/9 is exactly one ninth and nothing is rounded before
 * the end: PermenPANRB's printed 0.111 would make a perfect survey 99.9 and move some offices down a
 * grade.
 */
record Ratio(BigInteger numerator, BigInteger denominator) {

    static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        BigInteger common = numerator.gcd(denominator);
        if (common.signum() > 0 && !common.equals(BigInteger.ONE)) {
            numerator = numerator.divide(common);
            denominator = denominator.divide(common);
        }
    }

    static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** Rounded half up to {@code scale} decimals, the only rounding the computation does. */
    BigDecimal rounded(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }
}
