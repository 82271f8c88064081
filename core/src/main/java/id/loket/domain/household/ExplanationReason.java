package id.loket.domain.household;

import id.loket.domain.text.LabelPrefix;

/**
 * Why a household on the RT list is not registered and need not be: a list is closed when every
 * household is either registered or explained by one of these. The ketua RT ticks them on the printed
 * checklist; the lurah records them.
 */
@LabelPrefix("explanation.reason.")
public enum ExplanationReason {
    /** Pindah: the household moved out of the kelurahan. */
    MOVED_OUT,
    /** Meninggal: the head died and the household no longer exists as listed. */
    DIED,
    /** KK ganda: the same family card is on the list twice. */
    DUPLICATE_KK,
    /** Menolak: the household refuses to register. */
    REFUSED,
    /** Tidak ditemukan: nobody at the address knows the household. */
    NOT_FOUND,
    /** Terdaftar di tempat lain: registered through another kelurahan or channel. */
    REGISTERED_ELSEWHERE
}
