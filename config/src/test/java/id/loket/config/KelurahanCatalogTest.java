package id.loket.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KelurahanCatalogTest {

    private final KelurahanCatalog catalog = KelurahanCatalog.builtIn();

    @ParameterizedTest(name = "{0} is {1}, {3}, {5}")
    @CsvSource({
            "64.71.05.1006, Gunung Bahagia, 64.71.05, Balikpapan Selatan, 64.71, Kota Balikpapan",
            "64.71.01.1001, Manggar, 64.71.01, Balikpapan Timur, 64.71, Kota Balikpapan",
            "64.72.09.1004, Bugis, 64.72.09, Samarinda Kota, 64.72, Kota Samarinda",
            "64.72.10.1005, Rapak Dalam, 64.72.10, Loa Janan Ilir, 64.72, Kota Samarinda",
    })
    void findsKelurahanWithItsKecamatanAndCity(String code, String name, String kecamatanCode, String kecamatanName,
                                               String cityCode, String cityName) {
        assertThat(catalog.find(code))
                .contains(new Kelurahan(code, name, kecamatanCode, kecamatanName, cityCode, cityName));
    }

    @ParameterizedTest
    @CsvSource({"64.71.05.9999", "64.71.05", "64.71", "6471051006", "''"})
    void unknownCodesAndCodesOfKecamatanOrCityAreNotFound(String code) {
        assertThat(catalog.find(code)).isEmpty();
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(catalog.find(" 64.71.05.1006 ")).map(Kelurahan::name).contains("Gunung Bahagia");
    }

    @Test
    void builtInCatalogHasThe34KelurahanOfBalikpapanAndThe59OfSamarinda() {
        assertThat(catalog.all()).filteredOn(k -> k.cityCode().equals("64.71")).hasSize(34);
        assertThat(catalog.all()).filteredOn(k -> k.cityCode().equals("64.72")).hasSize(59);
        assertThat(catalog.cityNames()).containsExactly("Kota Balikpapan", "Kota Samarinda");
    }

    @Test
    void quotedNameMayHoldACommaAndQuotes() throws IOException {
        KelurahanCatalog parsed = KelurahanCatalog.fromCsv(new StringReader("""
                kode,tingkat,nama
                99.01,kabupaten,Kabupaten Contoh
                99.01.01,kecamatan,Tengah
                99.01.01.1001,kelurahan,"Baru, \"\"Lama\"\""
                """), "test.csv");

        assertThat(parsed.find("99.01.01.1001")).map(Kelurahan::name).contains("Baru, \"Lama\"");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            kode,tingkat,nama\\n99.01.01.1001,kelurahan,Yatim                        | line 2: kelurahan 99.01.01.1001 has no row for its parent 99.01.01
            kode,tingkat,nama\\n99.01,kota,A\\n99.01,kota,B                           | line 3: code 99.01 appears twice
            kode,tingkat,nama\\n99.01,provinsi,A                                       | line 2: unknown level 'provinsi'
            kode,tingkat,nama\\n99.01.01,kota,A                                        | line 2: code 99.01.01 does not fit level kota
            kode,tingkat,nama\\n99.01 kota A                                           | line 2: expected kode,tingkat,nama
            code;level;name                                                            | line 1: expected header
            """)
    void malformedRowsAreRefusedWithTheirLineNumber(String csv, String message) {
        assertThatThrownBy(() -> KelurahanCatalog.fromCsv(new StringReader(csv.replace("\\n", "\n")), "test.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.csv " + message.substring(0, message.indexOf(':')))
                .hasMessageContaining(message);
    }
}
