package id.loket.domain.rtlist;

import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.Nik;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of an RT list that passed every rule of its own: what will be stored for the household, unless
 * the row turns out to clash with another row or with the database.
 *
 * @param headName as written in the list (only the spaces around it are dropped): apostrophes, commas
 *                 and titles such as "H." or "S.Pd." are part of a name
 * @param address  empty when the list has no address
 * @param phone    in the form 08…, when given
 * @param asnUnit  the Perangkat Daerah of an ASN, when given
 * @param desil    DTSEN desil 1–10, when given
 */
public record ListedHousehold(KkNumber kkNumber, Nik headNik, String headName, String address, RtRef rt,
                              Optional<String> phone, boolean asn, Optional<String> asnUnit,
                              Optional<Integer> desil, boolean pkh) {

    public ListedHousehold {
        Objects.requireNonNull(kkNumber, "kkNumber");
        Objects.requireNonNull(headNik, "headNik");
        Objects.requireNonNull(headName, "headName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(rt, "rt");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(asnUnit, "asnUnit");
        Objects.requireNonNull(desil, "desil");
        if (headName.isBlank()) {
            throw new IllegalArgumentException("a listed household has a name");
        }
    }
}
