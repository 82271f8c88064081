package id.loket.domain.household;

import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.Nik;
import java.util.Optional;

/**
 * A household (Kartu Keluarga) on an RT list, identified by its KK number and its head's NIK. Only a
 * walk-in (on no list) may lack the KK number: the resident had no family card at hand and was served
 * all the same, for the lurah to follow up.
 */
public record Household(
        long id,
        Optional<KkNumber> kkNumber,
        Nik headNik,
        String headName,
        String address,
        RtRef rt,
        Optional<String> phone) {
}
