package id.loket.domain.servicerecord;

import id.loket.domain.text.LabelPrefix;

/** How a service other than the Perlinsos registration ended; each kind has its own pair. */
@LabelPrefix("serviceRecord.result.")
public enum ServiceOutcome {
    ACTIVATED,
    NOT_ACTIVATED,
    ANSWERED,
    /** Handed on: to another office, the lurah, or a department; the note says to whom. */
    FORWARDED,
    DONE,
    NOT_DONE
}
