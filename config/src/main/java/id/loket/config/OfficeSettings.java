package id.loket.config;

import java.util.Objects;

/**
 * The kelurahan office this installation serves, as printed on tickets, receipts and reports.
 *
 * @param kelurahanCode  dotted Kemendagri code of the kelurahan, e.g. {@code 64.71.05.1006}
 * @param kelurahanName  the kelurahan's name from the region catalog, e.g. {@code Gunung Bahagia}
 * @param kecamatanName  the kecamatan's name from the catalog, e.g. {@code Balikpapan Selatan}
 * @param cityName       the city's name from the catalog, e.g. {@code Kota Balikpapan}
 * @param name           the office name shown to residents; {@code "Kelurahan " + kelurahanName} unless set
 * @param address        the office's street address, possibly empty
 */
public record OfficeSettings(String kelurahanCode, String kelurahanName, String kecamatanName, String cityName,
                             String name, String address) {

    public OfficeSettings {
        Objects.requireNonNull(kelurahanCode, "kelurahanCode");
        Objects.requireNonNull(kelurahanName, "kelurahanName");
        Objects.requireNonNull(kecamatanName, "kecamatanName");
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (name.isBlank()) {
            throw new IllegalArgumentException("office name must not be blank");
        }
    }
}
