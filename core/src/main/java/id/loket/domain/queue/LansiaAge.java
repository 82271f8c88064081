package id.loket.domain.queue;

import java.time.LocalDate;

/**
 * Who counts as lansia (an older person) for the priority lane: aged 60 or more, the age UU 13/1998
 * on the welfare of older persons (Pasal 1) sets. Pure: the caller says what today is.
 */
public final class LansiaAge {

    /** The age from which a resident is lansia. */
    public static final int FROM_YEARS = 60;

    private LansiaAge() {
    }

    /** Whether someone born on {@code birthDate} is 60 or older on {@code today} (on their birthday, yes). */
    public static boolean reached(LocalDate birthDate, LocalDate today) {
        return !birthDate.plusYears(FROM_YEARS).isAfter(today);
    }
}
