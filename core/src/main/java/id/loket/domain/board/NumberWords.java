package id.loket.domain.board;

/**
 * Numbers as words, for the spoken call. Indonesian builds its numbers from the ones with
 * "belas" (teens), "puluh" (tens), "ratus" (hundreds) and "ribu" (thousands); a one in front of
 * "belas", "ratus" and "ribu" fuses into the prefix "se-" (sebelas, seratus, seribu), and ten is
 * "sepuluh". English is the usual "twenty-three", "one hundred five".
 */
public final class NumberWords {

    /** The largest number spoken: far above any ticket (at most 999) or counter number. */
    public static final int MAX = 999_999;

    private static final String[] ID_ONES = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan"};
    private static final String[] EN_SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private NumberWords() {
    }

    /** "dua puluh tiga" for 23, "seratus sebelas" for 111, "seribu" for 1000. */
    public static String indonesian(int number) {
        checkRange(number);
        if (number == 0) {
            return ID_ONES[0];
        }
        return indonesianPositive(number);
    }

    private static String indonesianPositive(int number) {
        if (number >= 1000) {
            return join(scaled(number / 1000, "ribu"), number % 1000 == 0 ? "" : indonesianPositive(number % 1000));
        }
        if (number >= 100) {
            return join(scaled(number / 100, "ratus"), number % 100 == 0 ? "" : indonesianPositive(number % 100));
        }
        if (number >= 20) {
            return join(ID_ONES[number / 10] + " puluh", number % 10 == 0 ? "" : ID_ONES[number % 10]);
        }
        if (number == 10) {
            return "sepuluh";
        }
        if (number >= 11) {
            return scaled(number - 10, "belas");
        }
        return ID_ONES[number];
    }

    /** "seratus" rather than "satu ratus": a single one fuses with the scale word. */
    private static String scaled(int count, String scale) {
        return count == 1 ? "se" + scale : indonesianPositive(count) + " " + scale;
    }

    /** "twenty-three" for 23, "one hundred eleven" for 111, "one thousand" for 1000. */
    public static String english(int number) {
        checkRange(number);
        if (number >= 1000) {
            return join(english(number / 1000) + " thousand", number % 1000 == 0 ? "" : english(number % 1000));
        }
        if (number >= 100) {
            return join(EN_SMALL[number / 100] + " hundred", number % 100 == 0 ? "" : english(number % 100));
        }
        if (number >= 20) {
            return EN_TENS[number / 10] + (number % 10 == 0 ? "" : "-" + EN_SMALL[number % 10]);
        }
        return EN_SMALL[number];
    }

    private static String join(String head, String tail) {
        return tail.isEmpty() ? head : head + " " + tail;
    }

    private static void checkRange(int number) {
        if (number < 0 || number > MAX) {
            throw new IllegalArgumentException("number out of range 0.." + MAX + ": " + number);
        }
    }
}
