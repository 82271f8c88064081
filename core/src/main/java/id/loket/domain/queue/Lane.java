package id.loket.domain.queue;

import id.loket.domain.text.LabelPrefix;

/** The two lanes of the queue: priority for lansia, disabilitas and ibu hamil, and everyone else. */
@LabelPrefix("lane.")
public enum Lane {
    REGULAR,
    PRIORITY
}
