package id.loket.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KkNumberTest {

    @Test
    void maskedShowsRegionAndSerialOnly() {
        assertThat(KkNumber.ofStored("6471050101230011").masked()).isEqualTo("647105******0011");
    }

    @Test
    void toStringNeverShowsTheFullNumber() {
        KkNumber kk = KkNumber.ofStored("6471050101230011");

        assertThat(kk.toString()).isEqualTo("647105******0011").doesNotContain(kk.digits());
    }

    @Test
    void ofStoredDerivesTheParts() {
        KkNumber kk = KkNumber.ofStored("6471050101230011");

        assertThat(kk.provinceCode()).isEqualTo("64");
        assertThat(kk.regencyCode()).isEqualTo("6471");
        assertThat(kk.districtCode()).isEqualTo("647105");
        assertThat(kk.serial()).isEqualTo("0011");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"647105010123001", "64710501012300111", "6471-0501-0123-0011", "64710501012300l1"})
    void ofStoredRequiresSixteenDigits(String stored) {
        assertThatThrownBy(() -> KkNumber.ofStored(stored)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofStoredErrorDoesNotShowTheValue() {
        assertThatThrownBy(() -> KkNumber.ofStored("64710501012300111"))
                .hasMessageNotContaining("64710501012300111");
    }

    @Test
    void equalNumbersAreEqual() {
        KkNumber kk = KkNumber.ofStored("6471050101230011");

        assertThat(kk).isEqualTo(KkNumber.ofStored("6471050101230011")).hasSameHashCodeAs(
                KkNumber.ofStored("6471050101230011"));
        assertThat(kk).isNotEqualTo(KkNumber.ofStored("6471050101230012"));
    }
}
