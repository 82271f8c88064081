package id.loket.domain.nik;

import static id.loket.domain.nik.NikFixtures.REGIONS;
import static id.loket.domain.nik.NikFixtures.keyList;
import static id.loket.domain.nik.NikFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KkNumberValidatorTest {

    private final KkNumberValidator validator = new KkNumberValidator(REGIONS);

    @ParameterizedTest(name = "[{index}] {0} -> errors [{1}] warnings [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            6471050101230001         |                            |
            6471 0501 0123 0001      |                            |
            6471.0501.0123.0001      |                            |
            6471-0501-0123-0001      |                            |
            # digits 7-12 are not a birth date, so 35 and 13 are no error here
            6471053513230001         |                            |
            647105010123001          | nik.kk.length              |
            64710501012300011        | nik.kk.length              |
            ''                       | nik.kk.empty               |
            64710501012300O1         | nik.kk.character           |
            6.47105E+15              | nik.kk.excel               |
            6,47105E+15              | nik.kk.excel               |
            9971050101230001         | nik.kk.province.unknown    |
            6499050101230001         | nik.kk.regency.unknown     |
            9101010101230001         |                            | nik.kk.district.unknown
            6404010101230001         |                            | nik.kk.district.unknown
            6471990101230001         |                            | nik.kk.district.unknown
            6471050101230000         | nik.kk.serial.zero         |
            9971050101230000         | nik.kk.province.unknown nik.kk.serial.zero |
            """)
    void kkCases(String input, String errorKeys, String warningKeys) {
        KkCheck check = validator.check(input);

        assertThat(keys(check.errors())).containsExactlyInAnyOrderElementsOf(keyList(errorKeys));
        assertThat(keys(check.warnings())).containsExactlyInAnyOrderElementsOf(keyList(warningKeys));
        assertThat(check.valid()).isEqualTo(keyList(errorKeys).isEmpty());
        assertThat(check.kkNumber().isPresent()).isEqualTo(check.valid());
    }

    @Test
    void validNumberKeepsItsDigitsAndNamesTheRegion() {
        KkCheck check = validator.check("6471 0501 0123 0001");

        assertThat(check.kkNumber().map(KkNumber::digits)).contains("6471050101230001");
        assertThat(check.provinceName()).contains("Kalimantan Timur");
        assertThat(check.regencyName()).contains("Kota Balikpapan");
        assertThat(check.districtName()).contains("Balikpapan Selatan");
    }

    @Test
    void lengthErrorNamesTheKkNumberAndTheCount() {
        KkCheck check = validator.check("647105010123001");

        assertThat(check.errors()).containsExactly(Message.of("nik.kk.length", 15));
        assertThat(Texts.indonesian().text(check.errors().get(0))).startsWith("Nomor KK harus 16 angka, ini 15");
    }

    @Test
    void checkResultDoesNotShowTheFullNumber() {
        assertThat(validator.check("6471050101230001").toString())
                .doesNotContain("6471050101230001")
                .contains("647105******0001");
    }
}
