package id.loket.domain.registration;

/** The state of the resident's digital ID (IKD), which the portal needs for the face check. */
public enum IkdState {
    NOT_ASKED,
    ALREADY_ACTIVE,
    ACTIVATED_HERE,
    NO_SMARTPHONE,
    FAILED,
    REFERRED
}
