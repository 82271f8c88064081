package id.loket.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pekerja rentan programme (BPJS Ketenagakerjaan JKK and JKM paid by the city, Perwali Balikpapan
 * 3/2025). Every figure here changes by decree or by year, so none is in code.
 *
 * @param umkByCity   the minimum wage per city code ({@code 64.71}) and year, in rupiah
 * @param incomeRule  whether income must be below the UMK (the Perwali's words) or may equal it
 * @param jkkPercent  the JKK premium in percent of {@code premiumBase}
 * @param premiumBase the wage the JKK premium is reckoned on
 * @param jkm         the JKM premium per month
 * @param coverYears  with {@code coverMonths}: the age the city pays until (64 years 11 months)
 * @param addressee   who the proposal form is addressed to (Kepala Dinas, Camat or Lurah)
 */
public record JkkSettings(Map<String, Map<Integer, BigDecimal>> umkByCity, IncomeRule incomeRule,
                          BigDecimal jkkPercent, BigDecimal premiumBase, BigDecimal jkm, int coverYears,
                          int coverMonths, String addressee) {

    public static final int MAX_ADDRESSEE_LENGTH = 120;

    /** {@code jkk.income-rule}. */
    public enum IncomeRule {
        BELOW("below"),
        AT_OR_BELOW("at-or-below");

        private final String settingValue;

        IncomeRule(String settingValue) {
            this.settingValue = settingValue;
        }

        public String settingValue() {
            return settingValue;
        }
    }

    public JkkSettings {
        Map<String, Map<Integer, BigDecimal>> copy = new TreeMap<>();
        umkByCity.forEach((city, years) -> copy.put(city, Map.copyOf(years)));
        umkByCity = Map.copyOf(copy);
        Objects.requireNonNull(incomeRule, "incomeRule");
        Objects.requireNonNull(jkkPercent, "jkkPercent");
        Objects.requireNonNull(premiumBase, "premiumBase");
        Objects.requireNonNull(jkm, "jkm");
        Objects.requireNonNull(addressee, "addressee");
        if (addressee.isBlank() || addressee.length() > MAX_ADDRESSEE_LENGTH) {
            throw new IllegalArgumentException("addressee must be 1-" + MAX_ADDRESSEE_LENGTH + " characters");
        }
        if (coverMonths < 0 || coverMonths > 11) {
            throw new IllegalArgumentException("coverMonths must be 0-11: " + coverMonths);
        }
    }

    /** The UMK per year of the city whose code is {@code cityCode} ({@code 64.71}); empty when none is set. */
    public Map<Integer, BigDecimal> umkOf(String cityCode) {
        return Optional.ofNullable(umkByCity.get(cityCode)).orElse(Map.of());
    }

    /** The key that holds a city's UMK list: {@code jkk.umk.64.71}. */
    public static String umkKey(String cityCode) {
        return SettingKeys.JKK_UMK_PREFIX + cityCode;
    }
}
