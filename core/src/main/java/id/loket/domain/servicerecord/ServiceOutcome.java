package id.loket.domain.servicerecord;

/** How a service other than the Perlinsos registration ended; each kind has its own pair. */
public enum ServiceOutcome {
    ACTIVATED,
    NOT_ACTIVATED,
    ANSWERED,
    /** Handed on: to another office, the lurah, or a department; the note says to whom. */
    FORWARDED,
    DONE,
    NOT_DONE
}
