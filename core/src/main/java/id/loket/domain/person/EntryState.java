package id.loket.domain.person;

/**
 * What an entry on the person page means for the agent at a glance: done (nothing to do again), open
 * (waiting on someone: the resident, an office, the city), not done (refused, failed or ended), or a
 * plain fact (a list the person is on, a correction).
 */
public enum EntryState {
    DONE,
    OPEN,
    NOT_DONE,
    FACT
}
