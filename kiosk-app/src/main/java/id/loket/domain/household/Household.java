package id.loket.domain.household;

import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.Nik;
import java.util.Optional;

/** A household (Kartu Keluarga) on an RT list, identified by its KK number and its head's NIK. */
public record Household(
        long id,
        KkNumber kkNumber,
        Nik headNik,
        String headName,
        String address,
        RtRef rt,
        Optional<String> phone) {
}
