package id.loket.domain.household;

import java.util.Optional;

/**
 * What the counter shows about a household beyond its identity.
 *
 * @param onRtList false for a walk-in added at the counter, which the lurah follows up with the ketua RT
 * @param asn      the head is a civil servant (ASN), reported per Perangkat Daerah
 * @param asnUnit  the head's Perangkat Daerah, when flagged
 */
public record HouseholdFlags(boolean onRtList, boolean asn, Optional<String> asnUnit) {

    public static final HouseholdFlags LISTED = new HouseholdFlags(true, false, Optional.empty());
}
