package id.loket.domain.registration;

import id.loket.domain.text.LabelPrefix;

/** The three ways a household registers: by itself with IKD, with the agent on its phone, or by the agent. */
@LabelPrefix("registration.path.")
public enum RegistrationPath {
    /** The resident registers alone with IKD on their own smartphone; the counter gives guidance. */
    MANDIRI_IKD,
    /** The agent helps, using the resident's smartphone. */
    DIBANTU_PONSEL_WARGA,
    /** The agent registers on the resident's behalf: no smartphone, or elderly. The common case. */
    OLEH_AGEN
}
