package id.loket.config;

import java.util.Objects;

/**
 * One kelurahan with the names of the kecamatan and city it belongs to.
 *
 * @param code          dotted code, e.g. {@code 64.71.05.1006}
 * @param name          e.g. {@code Gunung Bahagia}
 * @param kecamatanCode e.g. {@code 64.71.05}
 * @param kecamatanName e.g. {@code Balikpapan Selatan}
 * @param cityCode      e.g. {@code 64.71}
 * @param cityName      e.g. {@code Kota Balikpapan}
 */
public record Kelurahan(String code, String name, String kecamatanCode, String kecamatanName, String cityCode,
                        String cityName) {

    public Kelurahan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kecamatanCode, "kecamatanCode");
        Objects.requireNonNull(kecamatanName, "kecamatanName");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(cityName, "cityName");
    }
}
