package id.loket.domain.nik;

import java.util.Locale;
import java.util.Optional;

/** Sex as recorded on the KTP and encoded in the NIK (women have 40 added to the birth day). */
public enum Sex {
    LAKI_LAKI("L"),
    PEREMPUAN("P");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The one-letter code used on Indonesian forms: L or P. */
    public String code() {
        return code;
    }

    /**
     * Reads L/P, and also M/F because spreadsheets made with English templates use those.
     * Case and surrounding spaces do not matter; anything else is empty rather than a guess.
     */
    public static Optional<Sex> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "L", "M" -> Optional.of(LAKI_LAKI);
            case "P", "F" -> Optional.of(PEREMPUAN);
            default -> Optional.empty();
        };
    }
}
