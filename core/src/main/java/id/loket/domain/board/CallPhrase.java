package id.loket.domain.board;

import java.util.Locale;

/**
 * What the board says when a ticket is called: "Nomor antrian A dua puluh tiga, silakan ke loket
 * dua". Numbers are written out as words so the speech engine never reads "023" as "nol dua tiga".
 */
public final class CallPhrase {

    private CallPhrase() {
    }

    /** The phrase in the board's language: Indonesian unless the locale is English. */
    public static String of(Locale locale, char letter, int ticketNumber, int counterNumber) {
        if ("en".equals(locale.getLanguage())) {
            return "Number " + letter + " " + NumberWords.english(ticketNumber) + ", please go to counter "
                    + NumberWords.english(counterNumber);
        }
        return "Nomor antrian " + letter + " " + NumberWords.indonesian(ticketNumber) + ", silakan ke loket "
                + NumberWords.indonesian(counterNumber);
    }
}
