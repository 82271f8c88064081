package id.loket.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

    @ParameterizedTest
    @CsvSource({"L, LAKI_LAKI", "l, LAKI_LAKI", "M, LAKI_LAKI", "m, LAKI_LAKI", "P, PEREMPUAN", "p, PEREMPUAN",
            "F, PEREMPUAN", "f, PEREMPUAN", "' L ', LAKI_LAKI"})
    void indonesianAndEnglishCodesAreRead(String code, Sex expected) {
        assertThat(Sex.fromCode(code)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"X", "LP", "laki", "W"})
    void otherCodesAreNotGuessed(String code) {
        assertThat(Sex.fromCode(code)).isEmpty();
    }

    @Test
    void codeIsTheLetterUsedOnForms() {
        assertThat(Sex.LAKI_LAKI.code()).isEqualTo("L");
        assertThat(Sex.PEREMPUAN.code()).isEqualTo("P");
    }
}
