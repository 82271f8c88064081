package id.loket.domain.servicerecord;

import id.loket.domain.text.LabelPrefix;

/** Why an IKD activation did not succeed, from the cases agents meet, so the lurah can count them. */
@LabelPrefix("serviceRecord.ikdReason.")
public enum IkdNotActivatedReason {
    /** The resident has no smartphone (IKD needs one). */
    NO_SMARTPHONE,
    /** The phone number does not receive the activation code. */
    NO_ACTIVE_NUMBER,
    /** The face check of the IKD app did not pass. */
    FACE_CHECK_FAILED,
    /** Dukcapil's data does not match the card. */
    DATA_MISMATCH,
    /** The IKD app or Dukcapil's service did not answer. */
    SERVICE_DOWN,
    /** Anything else; the note must say what. */
    OTHER
}
