package id.loket.domain.nik;

import java.util.Objects;

/**
 * A Kartu Keluarga (family card) number that has passed {@link KkNumberValidator}, or was read back from
 * storage. Like a {@link Nik}, {@link #toString()} gives only the masked form.
 */
public final class KkNumber {

    private final String digits;

    private KkNumber(String digits) {
        this.digits = digits;
    }

    /** For {@link KkNumberValidator}, which has already checked everything. */
    static KkNumber validated(String digits) {
        return new KkNumber(digits);
    }

    /**
     * A KK number read back from the database, which only accepts checked numbers; the region is not
     * checked again.
     *
     * @throws IllegalArgumentException if it is not 16 digits
     */
    public static KkNumber ofStored(String digits) {
        return new KkNumber(NumberDigits.requireStored(digits, "KK number"));
    }

    public String digits() {
        return digits;
    }

    /** Digits 1-2. */
    public String provinceCode() {
        return digits.substring(0, 2);
    }

    /** Digits 1-4: province and regency/city of the issuing office. */
    public String regencyCode() {
        return digits.substring(0, 4);
    }

    /** Digits 1-6: the region code of the issuing office. */
    public String districtCode() {
        return digits.substring(0, 6);
    }

    /** Digits 13-16. */
    public String serial() {
        return digits.substring(12);
    }

    /** First six and last four digits, for example {@code 647105******0011}. */
    public String masked() {
        return NumberDigits.mask(digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KkNumber kk && digits.equals(kk.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** The masked form only, so a KK number cannot reach a log file by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
