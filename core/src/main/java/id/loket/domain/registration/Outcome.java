package id.loket.domain.registration;

import id.loket.domain.text.LabelPrefix;

/** What the national portal said. */
@LabelPrefix("registration.outcome.")
public enum Outcome {
    BERHASIL,
    /** Failed; always with a reason. */
    GAGAL,
    /** Needs a follow-up; always with what is needed. */
    PERLU_TINDAK_LANJUT
}
