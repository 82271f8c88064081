package id.loket.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodesTest {

    private final RegionCodes regions = RegionCodes.fromClasspath();

    /** The smallest current list that {@link RegionCodes#read} accepts: it must name Kalimantan Utara. */
    private static final String MINIMAL_CURRENT = """
            kode,tingkat,nama
            64,provinsi,Kalimantan Timur
            64.71,kabupaten_kota,Kota Balikpapan
            65,provinsi,Kalimantan Utara
            65.01,kabupaten_kota,Kabupaten Bulungan
            65.02,kabupaten_kota,Kabupaten Malinau
            65.03,kabupaten_kota,Kabupaten Nunukan
            65.04,kabupaten_kota,Kabupaten Tana Tidung
            65.71,kabupaten_kota,Kota Tarakan
            """;

    @Test
    void balikpapanAndItsKecamatanAreKnown() {
        assertThat(regions.provinceName("64")).contains("Kalimantan Timur");
        assertThat(regions.regencyName("6471")).contains("Kota Balikpapan");
        assertThat(regions.districtName("647105")).contains("Balikpapan Selatan");
        assertThat(regions.isHistoricalRegency("6471")).isFalse();
    }

    @Test
    void papuaRegencyFromBeforeTheNewProvincesIsHistorical() {
        assertThat(regions.regencyName("9101")).contains("Kab. Merauke");
        assertThat(regions.isHistoricalRegency("9101")).isTrue();
        assertThat(regions.regencyName("9301")).contains("Kabupaten Merauke");
        assertThat(regions.isHistoricalRegency("9301")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6404 | Kabupaten Bulungan (sebelum pemekaran Kalimantan Utara)
            6405 | Kabupaten Malinau (sebelum pemekaran Kalimantan Utara)
            6406 | Kabupaten Nunukan (sebelum pemekaran Kalimantan Utara)
            6410 | Kabupaten Tana Tidung (sebelum pemekaran Kalimantan Utara)
            6473 | Kota Tarakan (sebelum pemekaran Kalimantan Utara)
            """)
    void kalimantanTimurCodesFromBefore2012AreHistorical(String code, String name) {
        assertThat(regions.regencyName(code)).contains(name);
        assertThat(regions.isHistoricalRegency(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99", "6499", "647199", "64.71", "6471a", "0000"})
    void unknownOrMalformedCodesHaveNoName(String code) {
        assertThat(regions.provinceName(code)).isEmpty();
        assertThat(regions.regencyName(code)).isEmpty();
        assertThat(regions.districtName(code)).isEmpty();
        assertThat(regions.isHistoricalRegency(code)).isFalse();
    }

    @Test
    void classpathDirectoryIsLoadedOnce() {
        assertThat(RegionCodes.fromClasspath()).isSameAs(regions);
    }

    @Test
    void historicalCodeStillInTheCurrentListCountsAsCurrent() throws Exception {
        RegionCodes read = RegionCodes.read(reader(MINIMAL_CURRENT),
                reader("kode,nama,last_seen_list\n64.71,Kota Balikpapan Lama,2018\n"));

        assertThat(read.regencyName("6471")).contains("Kota Balikpapan");
        assertThat(read.isHistoricalRegency("6471")).isFalse();
    }

    @Test
    void unknownLevelInTheDataIsRejectedWithItsLine() {
        String damaged = MINIMAL_CURRENT + "64.71.05,desa,Balikpapan Selatan\n";

        assertThatThrownBy(() -> RegionCodes.read(reader(damaged), reader("kode,nama,last_seen_list\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 10");
    }

    @Test
    void codeThatDoesNotFitItsLevelIsRejected() {
        String damaged = MINIMAL_CURRENT + "64.71,kecamatan,Balikpapan Selatan\n";

        assertThatThrownBy(() -> RegionCodes.read(reader(damaged), reader("kode,nama,last_seen_list\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not fit");
    }

    @Test
    void currentListWithoutKalimantanUtaraIsRejected() {
        String withoutTarakan = MINIMAL_CURRENT.replace("65.71,kabupaten_kota,Kota Tarakan\n", "");

        assertThatThrownBy(() -> RegionCodes.read(reader(withoutTarakan), reader("kode,nama,last_seen_list\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("6571");
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
