package id.loket.domain.registration;

/** What the national portal said. */
public enum Outcome {
    BERHASIL,
    /** Failed; always with a reason. */
    GAGAL,
    /** Needs a follow-up; always with what is needed. */
    PERLU_TINDAK_LANJUT
}
