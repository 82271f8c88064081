package id.loket.service.person;

import id.loket.domain.household.Household;
import id.loket.domain.nik.Nik;
import java.util.Optional;

/**
 * The person a page is about: the valid NIK, and the household it belongs to here (as its head or as a
 * member met at the counter), found once for all sources.
 */
public record PersonContext(Nik nik, Optional<Household> household) {

    /** Whether the person is the head of the household found (not a member). */
    public boolean isHead() {
        return household.map(h -> h.headNik().equals(nik)).orElse(false);
    }
}
