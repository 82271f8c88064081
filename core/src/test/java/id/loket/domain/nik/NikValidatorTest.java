package id.loket.domain.nik;

import static id.loket.domain.nik.NikFixtures.REGIONS;
import static id.loket.domain.nik.NikFixtures.TODAY;
import static id.loket.domain.nik.NikFixtures.keyList;
import static id.loket.domain.nik.NikFixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikValidatorTest {

    private final NikValidator validator = new NikValidator(REGIONS, TODAY);
    private final Texts indonesian = Texts.indonesian();

    /**
     * Today is 2026-06-04. Columns: input, stated birth date, stated sex, expected error keys, expected
     * warning keys, expected birth date, expected sex. An empty cell means "none".
     */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} -> errors [{3}] warnings [{4}]")
    @CsvSource(delimiter = '|', textBlock = """
            # valid men and women
            6471051203900001         |            |   |                          |                      | 1990-03-12 | L
            6471054703500002         |            |   |                          |                      | 1950-03-07 | P
            6471057101900003         |            |   |                          |                      | 1990-01-31 | P
            6471054101900004         |            |   |                          |                      | 1990-01-01 | P
            # centuries: the latest year that is not in the future
            6471050101500005         |            |   |                          |                      | 1950-01-01 | L
            6471051506100006         |            |   |                          |                      | 2010-06-15 | L
            6471050406260007         |            |   |                          |                      | 2026-06-04 | L
            6471050506260008         |            |   |                          |                      | 1926-06-05 | L
            # leap days
            6471052902000009         |            |   |                          |                      | 2000-02-29 | L
            6471056902000010         |            |   |                          |                      | 2000-02-29 | P
            6471052902960011         |            |   |                          |                      | 1996-02-29 | L
            6471052902230012         |            |   | nik.birth.date           |                      |            |
            6471053104900013         |            |   | nik.birth.date           |                      |            |
            # formatting is removed
            6471 0512 0390 0001      |            |   |                          |                      | 1990-03-12 | L
            6471.0512.0390.0001      |            |   |                          |                      | 1990-03-12 | L
            6471-0512-0390-0001      |            |   |                          |                      | 1990-03-12 | L
            6471\u20130512\u00A00390\u20140001 | |   |                          |                      | 1990-03-12 | L
            ' 6471 0512 0390 0001 '  |            |   |                          |                      | 1990-03-12 | L
            6471 0512 3456 0001      |            |   | nik.birth.month          |                      |            |
            # not 16 digits
            647105120390001          |            |   | nik.length               |                      |            |
            64710512039000011        |            |   | nik.length               |                      |            |
            ''                       |            |   | nik.empty                |                      |            |
            ' - . '                  |            |   | nik.empty                |                      |            |
            64710512039O0001         |            |   | nik.character            |                      |            |
            NIK 6471051203900001     |            |   | nik.character            |                      |            |
            6.47105E+15              |            |   | nik.excel                |                      |            |
            6,47105E+15              |            |   | nik.excel                |                      |            |
            6471051203900E01         |            |   | nik.character            |                      |            |
            # region
            9971051203900001         |            |   | nik.province.unknown     |                      |            |
            0071051203900001         |            |   | nik.province.unknown     |                      |            |
            6499011203900001         |            |   | nik.regency.unknown      |                      |            |
            9101011203900001         |            |   |                          | nik.district.unknown | 1990-03-12 | L
            6404011203900001         |            |   |                          | nik.district.unknown | 1990-03-12 | L
            6473011203900001         |            |   |                          | nik.district.unknown | 1990-03-12 | L
            6471991203900001         |            |   |                          | nik.district.unknown | 1990-03-12 | L
            # serial and day
            6471051203900000         |            |   | nik.serial.zero          |                      |            |
            6471053503900001         |            |   | nik.birth.day            |                      |            |
            6471050003900001         |            |   | nik.birth.day            |                      |            |
            6471054003900001         |            |   | nik.birth.day            |                      |            |
            6471057203900001         |            |   | nik.birth.day            |                      |            |
            6471051213900001         |            |   | nik.birth.month          |                      |            |
            # stated birth date and sex
            6471054703500002         | 1950-03-07 | P |                          |                      | 1950-03-07 | P
            6471051506100006         | 1910-06-15 | L |                          |                      | 1910-06-15 | L
            6471051203900001         | 1990-03-13 |   | nik.birth.mismatch       |                      |            |
            6471051506100006         | 2110-06-15 |   | nik.birth.mismatch       |                      |            |
            6471054703500002         |            | L | nik.sex.female.stated.male |                    |            |
            6471051203900001         |            | P | nik.sex.male.stated.female |                    |            |
            # several problems at once are all reported
            9971053503900001         |            |   | nik.province.unknown nik.birth.day |            |            |
            9971053513900000         |            | P | nik.province.unknown nik.birth.day nik.birth.month nik.serial.zero | | |
            6471056902230002         |            | L | nik.sex.female.stated.male nik.birth.date |     |            |
            """)
    void nikCases(String input, LocalDate statedBirthDate, String statedSex, String errorKeys, String warningKeys,
            LocalDate birthDate, String sex) {
        NikCheck check = validator.check(input, Optional.ofNullable(statedBirthDate),
                Optional.ofNullable(statedSex).flatMap(Sex::fromCode));

        assertThat(keys(check.errors())).containsExactlyInAnyOrderElementsOf(keyList(errorKeys));
        assertThat(keys(check.warnings())).containsExactlyInAnyOrderElementsOf(keyList(warningKeys));
        assertThat(check.valid()).isEqualTo(keyList(errorKeys).isEmpty());
        assertThat(check.nik().map(Nik::birthDate)).isEqualTo(Optional.ofNullable(birthDate));
        assertThat(check.nik().map(Nik::sex)).isEqualTo(Optional.ofNullable(sex).flatMap(Sex::fromCode));
    }

    @Test
    void nikOfWomanHasDayPlusForty() {
        Nik nik = validator.check("6471054703500002").nik().orElseThrow();

        assertThat(nik.sex()).isEqualTo(Sex.PEREMPUAN);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1950, 3, 7));
    }

    @Test
    void validNikKeepsItsDigitsAndParts() {
        Nik nik = validator.check("6471-0512-0390-0001").nik().orElseThrow();

        assertThat(nik.digits()).isEqualTo("6471051203900001");
        assertThat(nik.provinceCode()).isEqualTo("64");
        assertThat(nik.regencyCode()).isEqualTo("6471");
        assertThat(nik.districtCode()).isEqualTo("647105");
        assertThat(nik.serial()).isEqualTo("0001");
    }

    @Test
    void checkNamesTheRegionParts() {
        NikCheck check = validator.check("6471051203900001");

        assertThat(check.provinceName()).contains("Kalimantan Timur");
        assertThat(check.regencyName()).contains("Kota Balikpapan");
        assertThat(check.districtName()).contains("Balikpapan Selatan");
    }

    @Test
    void regencyFromBeforeKalimantanUtaraIsNamedAsSuch() {
        NikCheck check = validator.check("6404011203900001");

        assertThat(check.regencyName()).contains("Kabupaten Bulungan (sebelum pemekaran Kalimantan Utara)");
        assertThat(check.districtName()).isEmpty();
    }

    @Test
    void normalizedHasFormattingRemovedEvenWhenInvalid() {
        assertThat(validator.check("6471 0512 3456 0001").normalized()).isEqualTo("6471051234560001");
        assertThat(validator.check("6471.0512.0390.001").normalized()).isEqualTo("647105120390001");
    }

    @Test
    void lengthErrorSaysHowManyDigitsWereGiven() {
        NikCheck check = validator.check("647105120390001");

        assertThat(indonesian.text(check.errors().get(0))).startsWith("NIK harus 16 angka, ini 15");
    }

    @Test
    void inputThatIsNotSixteenDigitsStopsThere() {
        // Province 99 and day 35 would be wrong too, but with a digit missing the positions mean nothing.
        NikCheck check = validator.check("997105350390001");

        assertThat(keys(check.errors())).containsExactly("nik.length");
        assertThat(check.provinceName()).isEmpty();
    }

    @Test
    void excelDamageIsNamedWithTheValueAsTyped() {
        NikCheck check = validator.check(" 6.47106E+15 ");

        assertThat(check.errors()).containsExactly(Message.of("nik.excel", "6.47106E+15"));
        assertThat(indonesian.text(check.errors().get(0)))
                .contains("rusak oleh Excel (6.47106E+15): format kolom sebagai Teks lalu ketik ulang");
    }

    @Test
    void wrongCharacterIsNamed() {
        NikCheck check = validator.check("64710512039O0001");

        assertThat(check.errors()).containsExactly(Message.of("nik.character", "\"O\""));
    }

    @Test
    void invisibleControlCharacterIsNamedByItsCode() {
        NikCheck check = validator.check("6471051203900001\u0007x");

        assertThat(check.errors()).containsExactly(Message.of("nik.character", "U+0007, \"x\""));
    }

    @Test
    void zeroWidthSpaceFromAChatAppIsFormatting() {
        assertThat(validator.check("\uFEFF6471051203900001\u200B").valid()).isTrue();
    }

    @Test
    void nullIsTreatedAsEmpty() {
        assertThat(keys(validator.check(null).errors())).containsExactly("nik.empty");
    }

    @Test
    void sexMismatchExplainsTheDayEncoding() {
        NikCheck check = validator.check("6471054703500002", Optional.empty(), Optional.of(Sex.LAKI_LAKI));

        assertThat(indonesian.text(check.errors().get(0))).startsWith(
                "NIK menunjukkan perempuan (tanggal 47 = 7 + 40), tetapi jenis kelamin yang diisi laki-laki");
    }

    @Test
    void birthDateMismatchNamesBothDates() {
        NikCheck check = validator.check("6471051203900001", Optional.of(LocalDate.of(1990, 3, 13)),
                Optional.empty());

        assertThat(check.errors()).containsExactly(Message.of("nik.birth.mismatch", "12-03-1990", "13-03-1990"));
    }

    @Test
    void impossibleDateIsShownWithTheRealDayOfAWoman() {
        NikCheck check = validator.check("6471056902230002");

        assertThat(check.errors()).containsExactly(Message.of("nik.birth.date", "29-02-23"));
    }

    @Test
    void regionErrorNamesTheCodeWithDots() {
        NikCheck check = validator.check("6499011203900001");

        assertThat(check.errors()).containsExactly(Message.of("nik.regency.unknown", "64.99", "Kalimantan Timur"));
    }

    @Test
    void unknownDistrictWarningNamesTheCodeWithDots() {
        NikCheck check = validator.check("6471991203900001");

        assertThat(check.warnings()).containsExactly(Message.of("nik.district.unknown", "64.71.99"));
        assertThat(check.valid()).isTrue();
    }

    @Test
    void centuryFollowsTheClock() {
        NikValidator in1999 = new NikValidator(REGIONS, NikFixtures.clockAt("1999-06-01T04:00:00Z"));

        assertThat(in1999.check("6471051506100006").nik().map(Nik::birthDate)).contains(LocalDate.of(1910, 6, 15));
    }

    @Test
    void leapDayOf1900DoesNotExistSoOnlyTheFuture2000Remains() {
        // Before 29 Feb 2000 the "00" year can only be 1900, which was not a leap year.
        NikValidator in1999 = new NikValidator(REGIONS, NikFixtures.clockAt("1999-06-01T04:00:00Z"));

        NikCheck check = in1999.check("6471052902000009");

        assertThat(check.errors()).containsExactly(Message.of("nik.birth.future", "29-02-2000"));
    }

    @Test
    void checkResultDoesNotShowTheFullNumber() {
        NikCheck check = validator.check("6471051203900001");

        assertThat(check.toString()).doesNotContain("6471051203900001").contains("647105******0001");
    }
}
