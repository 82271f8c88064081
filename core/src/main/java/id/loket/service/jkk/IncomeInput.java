package id.loket.service.jkk;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A monthly income as typed at the counter or on the command line: plain ({@code 2500000},
 * {@code 3856694.43}) or with Indonesian grouping ({@code 2.500.000}, {@code 3.856.694,43}). A minus sign is
 * read, so the rules can say a negative income is wrong rather than "unreadable".
 */
public final class IncomeInput {

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3}){1,4}(,\\d{1,2})?");

    private IncomeInput() {
    }

    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replaceFirst("^(?i)rp\\s*", "");
        if (PLAIN.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text));
        }
        if (GROUPED.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')));
        }
        return Optional.empty();
    }
}
