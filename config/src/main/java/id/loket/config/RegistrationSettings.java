package id.loket.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Registration at the counter.
 *
 * @param asnUnits the Perangkat Daerah an agent can pick for an ASN head of household, in the order
 *                 the counter shows them; at least one, each at most {@link #MAX_UNIT_LENGTH} characters
 */
public record RegistrationSettings(List<String> asnUnits) {

    public static final int MAX_UNIT_LENGTH = 200;

    public RegistrationSettings {
        asnUnits = List.copyOf(Objects.requireNonNull(asnUnits, "asnUnits"));
        if (asnUnits.isEmpty()) {
            throw new IllegalArgumentException("asnUnits must not be empty");
        }
        if (new HashSet<>(asnUnits).size() != asnUnits.size()) {
            throw new IllegalArgumentException("asnUnits must not repeat a unit: " + asnUnits);
        }
        asnUnits.forEach(unit -> {
            if (unit.isBlank() || unit.length() > MAX_UNIT_LENGTH) {
                throw new IllegalArgumentException("an ASN unit must be 1-" + MAX_UNIT_LENGTH + " characters: " + unit);
            }
        });
    }
}
