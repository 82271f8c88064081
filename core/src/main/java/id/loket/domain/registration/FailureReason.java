package id.loket.domain.registration;

import id.loket.domain.text.LabelPrefix;

/**
 * Why the portal registration failed, from the cases agents meet. A fixed list so the lurah can count
 * them (a portal outage is a different problem from a NIK Dukcapil does not know); the agent's own
 * words go in the note beside it.
 */
@LabelPrefix("registration.failure.")
public enum FailureReason {
    /** The Perlinsos portal did not load or answered with an error. */
    PORTAL_DOWN,
    /** Dukcapil does not know the NIK (not yet synchronised, or a typo on the card). */
    NIK_NOT_FOUND_DUKCAPIL,
    /** The one-time code by SMS never came. */
    NO_OTP,
    /** The face check of the IKD app did not pass. */
    FACE_CHECK_FAILED,
    /** The portal's data (name, KK, address) disagrees with the resident's documents. */
    DATA_MISMATCH,
    /** Anything else; the note must say what. */
    OTHER
}
