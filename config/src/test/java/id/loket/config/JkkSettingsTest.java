package id.loket.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pekerja rentan settings (jkk.*): UMK per city and year, income rule, premium, addressee. */
class JkkSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsHoldTheUmkOfBothCitiesFor2025And2026() {
        JkkSettings jkk = SettingsLoader.loadDefaults().jkk();
        assertThat(jkk.umkOf("64.71")).containsEntry(2025, new BigDecimal("3701508.68"))
                .containsEntry(2026, new BigDecimal("3856694.43"));
        assertThat(jkk.umkOf("64.72")).containsEntry(2026, new BigDecimal("3983882.00"));
        assertThat(jkk.umkOf("64.09")).isEmpty();
    }

    @Test
    void theDefaultsAreThePerwalisBelowAndSixteenThousandEightHundredUntilSixtyFourYearsElevenMonths() {
        JkkSettings jkk = SettingsLoader.loadDefaults().jkk();
        assertThat(jkk.incomeRule()).isEqualTo(JkkSettings.IncomeRule.BELOW);
        assertThat(jkk.jkkPercent()).isEqualByComparingTo("1");
        assertThat(jkk.premiumBase()).isEqualByComparingTo("1000000");
        assertThat(jkk.jkm()).isEqualByComparingTo("6800");
        assertThat(jkk.coverYears()).isEqualTo(64);
        assertThat(jkk.coverMonths()).isEqualTo(11);
        assertThat(jkk.addressee()).isEqualTo("Lurah");
    }

    @Test
    void anOfficeAddsAYearAndChoosesAtOrBelow() {
        Path file = TestFiles.write(dir, "jkk.umk.64.71=2025:3701508.68, 2026:3856694.43, 2027:4000000",
                "jkk.income-rule=at-or-below", "jkk.form.addressee=Kepala Dinas Sosial Kota Balikpapan");
        JkkSettings jkk = TestFiles.load(dir, file).jkk();
        assertThat(jkk.umkOf("64.71")).containsEntry(2027, new BigDecimal("4000000")).hasSize(3);
        assertThat(jkk.incomeRule()).isEqualTo(JkkSettings.IncomeRule.AT_OR_BELOW);
        assertThat(jkk.addressee()).isEqualTo("Kepala Dinas Sosial Kota Balikpapan");
    }

    @Test
    void anEmptyUmkListMeansNoYearIsSet() {
        Path file = TestFiles.write(dir, "jkk.umk.64.72=");
        assertThat(TestFiles.load(dir, file).jkk().umkOf("64.72")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026:3.856.694,43", "2026:3856694.43,2026:3900000", "26:3856694", "2026", "2026:0",
            "2026:-1", "2026:abc"})
    void aBadUmkListIsRefusedNamingTheKeyAndTheForm(String value) {
        Path file = TestFiles.write(dir, "jkk.umk.64.71=" + value);
        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));
        assertThat(error.kind()).isEqualTo(SettingsException.Kind.BAD_VALUE);
        assertThat(error.key()).isEqualTo("jkk.umk.64.71");
        assertThat(error.allowedRule().rule()).isEqualTo(Allowed.Rule.UMK_YEARS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jkk.income-rule=under", "jkk.premium.jkm=6.800,00", "jkk.premium.jkk-percent=101",
            "jkk.cover-until.months=12", "jkk.premium.base=", "jkk.form.addressee="})
    void aBadFigureIsRefusedNamingItsKey(String line) {
        Path file = TestFiles.write(dir, line);
        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));
        assertThat(error.key()).isEqualTo(line.substring(0, line.indexOf('=')));
    }

    @Test
    void aTooLongAddresseeIsRefused() {
        Path file = TestFiles.write(dir, "jkk.form.addressee=" + "K".repeat(121));
        assertThat(TestFiles.failure(() -> TestFiles.load(dir, file)).allowedRule().rule())
                .isEqualTo(Allowed.Rule.FORM_ADDRESSEE);
    }
}
