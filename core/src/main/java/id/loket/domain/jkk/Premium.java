package id.loket.domain.jkk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the city pays per person (Perwali Pasal 11; the BPU figures of BPJS Ketenagakerjaan): JKK as a
 * percentage of a base wage plus a fixed JKM, monthly, until the age of {@code coverYears} years and
 * {@code coverMonths} months. All from the settings: the figures are BPJS's and the Perwali is being revised.
 *
 * @param jkkPercent  JKK rate in percent of {@code base} (1)
 * @param base        the wage the JKK is reckoned on (Rp1.000.000, the lowest BPU base)
 * @param jkm         the JKM premium (Rp6.800)
 */
public record Premium(BigDecimal jkkPercent, BigDecimal base, BigDecimal jkm, int coverYears, int coverMonths) {

    public Premium {
        Objects.requireNonNull(jkkPercent, "jkkPercent");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(jkm, "jkm");
        if (jkkPercent.signum() < 0 || base.signum() < 0 || jkm.signum() < 0) {
            throw new IllegalArgumentException("premium figures must not be negative");
        }
        if (coverYears < 1 || coverMonths < 0 || coverMonths > 11) {
            throw new IllegalArgumentException("cover until " + coverYears + " years " + coverMonths + " months");
        }
    }

    /** JKK per month: the percentage of the base, to the rupiah. */
    public BigDecimal jkk() {
        return base.multiply(jkkPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
    }

    /** JKK plus JKM per person per month (Rp16.800 with the 2025 figures). */
    public BigDecimal monthly() {
        return jkk().add(jkm);
    }

    /**
     * The day a person born on {@code birthDate} reaches the age the city pays until (64 years 11 months,
     * Pasal 11 ayat 6); printed on the form so the resident knows how long the cover lasts.
     */
    public LocalDate coverAgeReachedOn(LocalDate birthDate) {
        return birthDate.plusYears(coverYears).plusMonths(coverMonths);
    }
}
