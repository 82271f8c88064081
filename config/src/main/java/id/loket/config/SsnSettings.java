package id.loket.config;

import java.util.List;

/**
 * SSN card requests (Social Security Number, Perwali Samarinda 70/2025): the kelurahan takes requests
 * for a new card or a replacement, Diskominfo prints the cards. Off where the city has no such card.
 *
 * @param cardRequests         whether the counter records SSN card requests at all
 * @param policeLetterForLost  whether a lost-card request needs the police letter (surat kehilangan) recorded
 * @param policeLetterForDamaged whether a damaged-card request needs one too
 */
public record SsnSettings(boolean cardRequests, boolean policeLetterForLost, boolean policeLetterForDamaged) {

    /** The values of {@code ssn.police-letter-for}, in the order the defaults file lists them. */
    public static final List<String> POLICE_LETTER_WORDS = List.of("none", "lost", "damaged", "lost-and-damaged");
}
