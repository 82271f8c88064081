package id.loket.domain.queue;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A waiting ticket as the queue policy sees it.
 *
 * @param ticketId         the ticket
 * @param lane             priority or regular
 * @param serviceCode      the service it waits for (after a transfer, the new one)
 * @param order            its place in the order of issue; a transferred or postponed ticket keeps it
 * @param counterOnly      the one counter that may call it (it was transferred to that counter), or empty
 * @param callableFromCall the day's call number from which it may be called again: 0 for a ticket never
 *                         postponed, for a postponed one the call number at which it comes back
 * @param sentFrom         the counter that sent it on to another service (it does not call it back), or empty
 */
public record QueueEntry(long ticketId, Lane lane, String serviceCode, long order, OptionalInt counterOnly,
                         long callableFromCall, OptionalInt sentFrom) {

    public QueueEntry {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(counterOnly, "counterOnly");
        Objects.requireNonNull(sentFrom, "sentFrom");
    }

    /** A ticket no counter sent on to another service. */
    public QueueEntry(long ticketId, Lane lane, String serviceCode, long order, OptionalInt counterOnly,
                      long callableFromCall) {
        this(ticketId, lane, serviceCode, order, counterOnly, callableFromCall, OptionalInt.empty());
    }

    /** A ticket straight from the ticket screen: any counter, callable at once. */
    public static QueueEntry fresh(long ticketId, Lane lane, String serviceCode) {
        return new QueueEntry(ticketId, lane, serviceCode, ticketId, OptionalInt.empty(), 0);
    }

    /** Whether it sits in the postponed pool at this point of the day. */
    public boolean postponed(QueueState state) {
        return callableFromCall > state.callsToday();
    }

    boolean callableBy(int counter, QueueState state) {
        if (postponed(state)) {
            return false;
        }
        if (counter == QueuePolicy.ANY_COUNTER) {
            return true;
        }
        // The agent who sent the resident to another service did so because someone else should serve
        // them: calling them back there would undo the transfer.
        if (sentFrom.isPresent() && sentFrom.getAsInt() == counter) {
            return false;
        }
        return counterOnly.isEmpty() || counterOnly.getAsInt() == counter;
    }
}
