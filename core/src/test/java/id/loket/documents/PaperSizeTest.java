package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaperSizeTest {

    @ParameterizedTest
    @CsvSource({"58mm, THERMAL_58", "58MM, THERMAL_58", " 80mm , THERMAL_80", "80Mm, THERMAL_80",
            "a4, A4", "A4, A4"})
    void readsTheSetting(String setting, PaperSize expected) {
        assertThat(PaperSize.fromSetting(setting)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "58", "57mm", "letter", "a5"})
    void refusesAnUnknownSettingAndNamesTheAllowedOnes(String setting) {
        assertThatThrownBy(() -> PaperSize.fromSetting(setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("58mm, 80mm, a4");
    }

    @Test
    void refusesAMissingSetting() {
        assertThatThrownBy(() -> PaperSize.fromSetting(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void widthsInPoints() {
        assertThat(PaperSize.THERMAL_58.widthPt()).isCloseTo(164.41f, within(0.01f));
        assertThat(PaperSize.THERMAL_58.printableWidthPt()).isCloseTo(136.06f, within(0.01f));
        assertThat(PaperSize.THERMAL_80.widthPt()).isCloseTo(226.77f, within(0.01f));
        assertThat(PaperSize.THERMAL_80.printableWidthPt()).isCloseTo(204.09f, within(0.01f));
        assertThat(PaperSize.A4.widthPt()).isCloseTo(595.28f, within(0.01f));
    }
}
