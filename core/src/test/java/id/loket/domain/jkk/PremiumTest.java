package id.loket.domain.jkk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PremiumTest {

    private final Premium premium = new Premium(BigDecimal.ONE, new BigDecimal("1000000"), new BigDecimal("6800"), 64, 11);

    @Test
    void jkkOnePercentOfAMillionPlusJkmIsSixteenThousandEightHundred() {
        assertThat(premium.jkk()).isEqualByComparingTo("10000");
        assertThat(premium.monthly()).isEqualByComparingTo("16800");
        assertThat(Rupiah.format(premium.monthly())).isEqualTo("Rp16.800");
    }

    @Test
    void theCoverAgeIsSixtyFourYearsElevenMonths() {
        assertThat(premium.coverAgeReachedOn(LocalDate.of(1980, 1, 15))).isEqualTo(LocalDate.of(2044, 12, 15));
    }

    @Test
    void rupiahKeepsCentsOnlyWhenThereAreAny() {
        assertThat(Rupiah.format(new BigDecimal("3701508.68"))).isEqualTo("Rp3.701.508,68");
        assertThat(Rupiah.format(new BigDecimal("999"))).isEqualTo("Rp999");
        assertThat(Rupiah.format(BigDecimal.ZERO)).isEqualTo("Rp0");
    }
}
