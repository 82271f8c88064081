package id.loket.domain.sociallist;

import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.Nik;
import java.util.Objects;
import java.util.Optional;

/**
 * One valid row of a desil / PKH list: who (a NIK, a KK number, or both) and what the list says.
 * An absent desil or PKH leaves the household's stored value as it is.
 *
 * @param line  the row's line in its table, for the report
 * @param desil the DTSEN desil, 1 to 10
 * @param pkh   whether the household receives PKH
 */
public record SocialListEntry(int line, Optional<Nik> nik, Optional<KkNumber> kk, Optional<Integer> desil,
                              Optional<Boolean> pkh) {

    public SocialListEntry {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(desil, "desil");
        Objects.requireNonNull(pkh, "pkh");
        if (nik.isEmpty() && kk.isEmpty()) {
            throw new IllegalArgumentException("an entry names a household");
        }
        if (desil.isEmpty() && pkh.isEmpty()) {
            throw new IllegalArgumentException("an entry says something about its household");
        }
        desil.filter(d -> d < 1 || d > 10).ifPresent(d -> {
            throw new IllegalArgumentException("desil out of 1-10: " + d);
        });
    }

    /** Served first in a schedule that puts them first: DTSEN desil 1–2 or a PKH recipient. */
    public boolean priority() {
        return desil.map(d -> d <= SocialListRules.PRIORITY_DESIL).orElse(false) || pkh.orElse(false);
    }
}
