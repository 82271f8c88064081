package id.loket.domain.jkk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rupiah written the Indonesian way in both languages: {@code Rp3.701.508,68}, {@code Rp16.800}. Done by
 * hand rather than with a locale's currency format, which writes "Rp 16.800,00" on one JDK and "IDR" on
 * another.
 */
public final class Rupiah {

    private Rupiah() {
    }

    public static String format(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String sign = rounded.signum() < 0 ? "-" : "";
        String digits = rounded.abs().toPlainString();
        String whole = digits.substring(0, digits.indexOf('.'));
        String cents = digits.substring(digits.indexOf('.') + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + "Rp" + grouped + (cents.equals("00") ? "" : "," + cents);
    }
}
