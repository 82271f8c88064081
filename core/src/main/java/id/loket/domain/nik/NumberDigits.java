package id.loket.domain.nik;

/** Helpers for a NIK or KK number that is already 16 digits. */
final class NumberDigits {

    private NumberDigits() {
    }

    /** The one check a number read back from storage gets: exactly 16 ASCII digits. */
    static String requireStored(String digits, String what) {
        if (digits == null || digits.length() != IdNumberInput.LENGTH
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // The value itself is left out of the message: it may be a real, unmasked number.
            throw new IllegalArgumentException("stored " + what + " is not 16 digits");
        }
        return digits;
    }

    /**
     * First six and last four digits, the rest as {@code *}. The region and the serial stay visible so a
     * clerk can still tell two numbers apart; the birth date (or KK issue date) in between is hidden.
     */
    static String mask(String sixteenDigits) {
        return sixteenDigits.substring(0, 6) + "******" + sixteenDigits.substring(12);
    }
}
