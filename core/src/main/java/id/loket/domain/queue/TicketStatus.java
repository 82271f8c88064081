package id.loket.domain.queue;

/** Where a ticket is in its day: waiting, called to a counter, or finished one way or the other. */
public enum TicketStatus {
    WAITING,
    CALLED,
    DONE,
    NO_SHOW
}
