package id.loket.device.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields an {@link IdentityRecord} may hold. Each has a key, used in JSON output, in the
 * vendor-bridge field mapping ({@code field.<key>}) and in simulator scripts.
 *
 * <p>There is deliberately no field for the photo, the signature or fingerprint minutiae: Loket never
 * keeps them.
 */
public enum IdentityField {
    NIK("nik"),
    NAME("name"),
    BIRTH_PLACE("birthPlace"),
    /** ISO date {@code yyyy-MM-dd}. */
    BIRTH_DATE("birthDate"),
    SEX("sex"),
    ADDRESS("address"),
    RT("rt"),
    RW("rw"),
    KELURAHAN("kelurahan"),
    KECAMATAN("kecamatan"),
    REGENCY("regency"),
    PROVINCE("province"),
    RELIGION("religion"),
    MARITAL_STATUS("maritalStatus"),
    OCCUPATION("occupation"),
    CITIZENSHIP("citizenship"),
    /** ISO date {@code yyyy-MM-dd}, or {@link IdentityRecord#VALID_FOR_LIFE}. */
    VALID_UNTIL("validUntil"),
    /** The contactless card's UID in upper-case hex. */
    CARD_UID("cardUid");

    private final String key;

    IdentityField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<IdentityField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
