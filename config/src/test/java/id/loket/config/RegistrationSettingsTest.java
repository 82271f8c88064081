package id.loket.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Perangkat Daerah list for ASN heads of household (registration.asn-units). */
class RegistrationSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultListsBalikpapansDepartmentsAndKecamatanEachOnce() {
        var units = SettingsLoader.loadDefaults().registration().asnUnits();
        assertThat(units).contains("Dinas Sosial", "Kecamatan Balikpapan Kota", "Perangkat Daerah lain")
                .doesNotHaveDuplicates().allSatisfy(unit -> assertThat(unit).isNotBlank().doesNotContain(","));
    }

    @Test
    void anOfficeListReplacesTheDefaultInItsOrder() {
        Path file = TestFiles.write(dir, "registration.asn-units= Dinas Sosial , Kecamatan Samarinda Kota,");
        assertThat(TestFiles.load(dir, file).registration().asnUnits())
                .containsExactly("Dinas Sosial", "Kecamatan Samarinda Kota");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "Dinas Sosial,Dinas Sosial"})
    void anEmptyOrRepeatingListIsRefusedNamingTheKey(String value) {
        Path file = TestFiles.write(dir, "registration.asn-units=" + value);
        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));
        assertThat(error.kind()).isEqualTo(SettingsException.Kind.BAD_VALUE);
        assertThat(error.key()).isEqualTo("registration.asn-units");
        assertThat(error.allowed()).contains("Perangkat Daerah");
    }
}
