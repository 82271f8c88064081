package id.loket.domain.household;

import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import java.util.Optional;

/**
 * What the agent needs to see at once about a household: where it belongs and whether it is done.
 *
 * @param latest the household's successful registration if it has one, otherwise its latest attempt
 */
public record HouseholdStatus(Household household, Optional<Registration> latest) {

    /** Registered means the portal said BERHASIL; a failed or pending attempt still needs service. */
    public boolean alreadyRegistered() {
        return latest.map(r -> r.outcome() == Outcome.BERHASIL).orElse(false);
    }
}
