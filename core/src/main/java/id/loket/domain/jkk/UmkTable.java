package id.loket.domain.jkk;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The city's minimum wage (UMK) per year, from the settings: the wage changes every year, so it is
 * data, never code. The income rule compares with the UMK of the year of the registration day.
 *
 * @param cityName  the city the figures belong to, for messages ("Kota Balikpapan")
 * @param settingKey the setting an office fills in to add a year, named in the message when a year is missing
 */
public record UmkTable(String cityName, String settingKey, Map<Integer, BigDecimal> byYear) {

    public UmkTable {
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(settingKey, "settingKey");
        byYear = Map.copyOf(new TreeMap<>(byYear));
        byYear.values().forEach(umk -> {
            if (umk.signum() <= 0) {
                throw new IllegalArgumentException("a UMK must be positive: " + umk);
            }
        });
    }

    public Optional<BigDecimal> forYear(int year) {
        return Optional.ofNullable(byYear.get(year));
    }
}
