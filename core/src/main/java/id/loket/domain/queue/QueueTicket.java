package id.loket.domain.queue;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A ticket with what the queue knows about it beyond the ticket itself: how often it was called,
 * whether it sits in the postponed pool, where it was transferred.
 *
 * @param callCount        every call and recall so far (the display board announces each)
 * @param callsThisRound   calls since issue, the return from the pool or the last transfer
 * @param timesPostponed   how often it went to the postponed pool
 * @param postponed        whether it is in the pool now (waiting, not yet callable again)
 * @param counterOnly      the counter it was transferred to, if any
 * @param originalService  the service it was issued for, if it was transferred to another
 */
public record QueueTicket(Ticket ticket, int callCount, int callsThisRound, int timesPostponed, boolean postponed,
                          OptionalInt counterOnly, Optional<String> originalService) {

    public QueueTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(counterOnly, "counterOnly");
        Objects.requireNonNull(originalService, "originalService");
    }
}
