package id.loket.domain.queue;

/** The two lanes of the queue: priority for lansia, disabilitas and ibu hamil, and everyone else. */
public enum Lane {
    REGULAR,
    PRIORITY
}
