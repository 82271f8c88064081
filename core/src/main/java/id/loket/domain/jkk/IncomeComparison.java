package id.loket.domain.jkk;

import java.math.BigDecimal;

/**
 * How income is compared with the UMK (Pasal 5 ayat 1 huruf f). The Perwali says "di bawah" (below);
 * the city's 2025 practice accepted income equal to the UMK on a self-declaration, so an office may
 * choose {@link #AT_OR_BELOW} in the settings. Below is the default because it is the Perwali's text.
 */
public enum IncomeComparison {
    BELOW,
    AT_OR_BELOW;

    public boolean accepts(BigDecimal income, BigDecimal umk) {
        int compared = income.compareTo(umk);
        return this == BELOW ? compared < 0 : compared <= 0;
    }
}
