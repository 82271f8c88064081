package id.loket.config;

import static id.loket.config.SettingKeys.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the pekerja rentan settings ({@code jkk.*}) into {@link JkkSettings}. */
final class JkkSettingsBuilder {

    /** Rupiah as a plain decimal: "3701508.68" or "6800"; "3.701.508,68" (Indonesian grouping) is refused. */
    private static final Pattern RUPIAH = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d{1,4})?");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");
    private static final BigDecimal MAX_RUPIAH = new BigDecimal("100000000");

    private final SettingsReader reader;

    JkkSettingsBuilder(SettingsReader reader) {
        this.reader = reader;
    }

    JkkSettings build() {
        Map<String, Map<Integer, BigDecimal>> umk = new LinkedHashMap<>();
        for (String key : List.of(JKK_UMK_BALIKPAPAN, JKK_UMK_SAMARINDA)) {
            umk.put(key.substring(JKK_UMK_PREFIX.length()), umkYears(key));
        }
        JkkSettings.IncomeRule rule = reader.choice(JKK_INCOME_RULE, JkkSettings.IncomeRule.values(),
                JkkSettings.IncomeRule::settingValue);
        BigDecimal percent = decimal(JKK_PREMIUM_JKK_PERCENT, PERCENT, new BigDecimal("100"),
                Allowed.of(Allowed.Rule.PERCENT));
        BigDecimal base = rupiah(JKK_PREMIUM_BASE, "1000000");
        BigDecimal jkm = rupiah(JKK_PREMIUM_JKM, "6800");
        int years = reader.integer(JKK_COVER_UNTIL_YEARS, 18, 100);
        int months = reader.integer(JKK_COVER_UNTIL_MONTHS, 0, 11);
        Allowed addresseeAllowed = Allowed.of(Allowed.Rule.FORM_ADDRESSEE, JkkSettings.MAX_ADDRESSEE_LENGTH);
        String addressee = reader.required(JKK_FORM_ADDRESSEE, addresseeAllowed);
        if (addressee.length() > JkkSettings.MAX_ADDRESSEE_LENGTH) {
            throw reader.invalid(JKK_FORM_ADDRESSEE, addresseeAllowed);
        }
        return new JkkSettings(umk, rule, percent, base, jkm, years, months, addressee);
    }

    /** "2025:3701508.68,2026:3856694.43": each year once, each wage above zero. */
    private Map<Integer, BigDecimal> umkYears(String key) {
        Allowed allowed = Allowed.of(Allowed.Rule.UMK_YEARS);
        Map<Integer, BigDecimal> years = new TreeMap<>();
        for (String item : reader.list(key)) {
            String[] parts = item.split(":", -1);
            if (parts.length != 2 || !YEAR.matcher(parts[0].strip()).matches()
                    || !RUPIAH.matcher(parts[1].strip()).matches()) {
                throw reader.invalid(key, allowed);
            }
            BigDecimal wage = new BigDecimal(parts[1].strip());
            if (wage.signum() <= 0 || years.put(Integer.parseInt(parts[0].strip()), wage) != null) {
                throw reader.invalid(key, allowed);
            }
        }
        return years;
    }

    private BigDecimal rupiah(String key, String example) {
        return decimal(key, RUPIAH, MAX_RUPIAH, Allowed.of(Allowed.Rule.RUPIAH, MAX_RUPIAH.toPlainString(), example));
    }

    private BigDecimal decimal(String key, Pattern pattern, BigDecimal max, Allowed allowed) {
        String value = reader.required(key, allowed);
        if (!pattern.matcher(value).matches()) {
            throw reader.invalid(key, allowed);
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(max) > 0) {
            throw reader.invalid(key, allowed);
        }
        return number;
    }
}
