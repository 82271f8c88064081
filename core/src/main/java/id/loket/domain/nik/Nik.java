package id.loket.domain.nik;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A NIK (Nomor Induk Kependudukan) that has passed {@link NikValidator}, or was read back from storage.
 *
 * <p>A NIK is personal data: {@link #toString()} gives only the masked form, so it cannot reach a log
 * file or an error dialog by accident. Call {@link #digits()} where the full number is really needed.
 */
public final class Nik {

    private final String digits;
    private final LocalDate birthDate;
    private final Sex sex;

    private Nik(String digits, LocalDate birthDate, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** For {@link NikValidator}, which has already checked everything. */
    static Nik validated(String digits, LocalDate birthDate, Sex sex) {
        return new Nik(digits, birthDate, sex);
    }

    /**
     * A NIK read back from the database, which only accepts checked numbers. The region is not checked
     * again (the region list may have changed since); the birth date is decoded, its century chosen
     * against today's date.
     *
     * @throws IllegalArgumentException if it is not 16 digits or has no readable birth date
     */
    public static Nik ofStored(String digits) {
        return ofStored(digits, Clock.systemDefaultZone());
    }

    /** As {@link #ofStored(String)}, with the clock that decides the century of the birth year. */
    public static Nik ofStored(String digits, Clock clock) {
        String checked = NumberDigits.requireStored(digits, "NIK");
        BirthCode.Decoded birth = BirthCode.decode(checked.substring(6, 12), LocalDate.now(clock),
                Optional.empty(), Optional.empty());
        if (birth.birthDate().isEmpty() || birth.sex().isEmpty()) {
            throw new IllegalArgumentException("stored NIK " + NumberDigits.mask(checked) + " has no valid birth date");
        }
        return new Nik(checked, birth.birthDate().get(), birth.sex().get());
    }

    public String digits() {
        return digits;
    }

    /** Digits 1-2. */
    public String provinceCode() {
        return digits.substring(0, 2);
    }

    /** Digits 1-4: province and regency/city. */
    public String regencyCode() {
        return digits.substring(0, 4);
    }

    /** Digits 1-6: province, regency/city and kecamatan. */
    public String districtCode() {
        return digits.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
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
        return other instanceof Nik nik && digits.equals(nik.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** The masked form only: see the class comment. */
    @Override
    public String toString() {
        return masked();
    }
}
