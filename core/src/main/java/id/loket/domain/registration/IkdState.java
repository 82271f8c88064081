package id.loket.domain.registration;

import id.loket.domain.text.LabelPrefix;

/** The state of the resident's digital ID (IKD), which the portal needs for the face check. */
@LabelPrefix("registration.ikd.")
public enum IkdState {
    NOT_ASKED,
    ALREADY_ACTIVE,
    ACTIVATED_HERE,
    NO_SMARTPHONE,
    FAILED,
    REFERRED
}
