package id.loket.domain.nik;

import static id.loket.domain.nik.NikFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

    @Test
    void maskedShowsRegionAndSerialOnly() {
        assertThat(Nik.ofStored("6471054703500011", TODAY).masked()).isEqualTo("647105******0011");
    }

    @Test
    void toStringNeverShowsTheFullNumber() {
        Nik nik = Nik.ofStored("6471054703500011", TODAY);

        assertThat(nik.toString()).isEqualTo("647105******0011").doesNotContain(nik.digits());
    }

    @Test
    void ofStoredDerivesTheParts() {
        Nik nik = Nik.ofStored("6471054703500011", TODAY);

        assertThat(nik.digits()).isEqualTo("6471054703500011");
        assertThat(nik.provinceCode()).isEqualTo("64");
        assertThat(nik.regencyCode()).isEqualTo("6471");
        assertThat(nik.districtCode()).isEqualTo("647105");
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1950, 3, 7));
        assertThat(nik.sex()).isEqualTo(Sex.PEREMPUAN);
        assertThat(nik.serial()).isEqualTo("0011");
    }

    @Test
    void ofStoredDoesNotCheckTheRegion() {
        assertThat(Nik.ofStored("9971051203900001", TODAY).provinceCode()).isEqualTo("99");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"647105470350001", "64710547035000111", "6471 0547 0350 0011", "64710547035O0011"})
    void ofStoredRequiresSixteenDigits(String stored) {
        assertThatThrownBy(() -> Nik.ofStored(stored, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofStoredRejectsAnUnreadableBirthDateWithoutShowingTheNumber() {
        assertThatThrownBy(() -> Nik.ofStored("6471053503900001", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("647105******0001")
                .hasMessageNotContaining("6471053503900001");
    }

    @Test
    void equalNumbersAreEqual() {
        Nik stored = Nik.ofStored("6471051203900001", TODAY);
        Nik checked = new NikValidator(NikFixtures.REGIONS, TODAY).check("6471 0512 0390 0001").nik().orElseThrow();

        assertThat(checked).isEqualTo(stored).hasSameHashCodeAs(stored);
        assertThat(checked).isNotEqualTo(Nik.ofStored("6471051203900002", TODAY));
    }
}
