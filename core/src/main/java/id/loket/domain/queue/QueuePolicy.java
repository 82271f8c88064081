package id.loket.domain.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The order in which waiting tickets are called (priority first, without starving the regular lane), as plain rules:
 * <ol>
 *   <li>A ticket transferred to a particular counter is called only by that counter, and before
 *       anything else there: its resident was sent to that agent on purpose.</li>
 *   <li>A ticket sent on to another service is not called by the counter that sent it.</li>
 *   <li>A postponed ticket (no-show) cannot be called until K further tickets were called; then it
 *       takes its old place in the order of issue, ahead of those issued after it.</li>
 *   <li>Priority first, but never more than M priority tickets in a row while a regular ticket is
 *       waiting, so the regular lane is never starved on a busy priority morning.</li>
 *   <li>Within a lane, in the order of issue.</li>
 * </ol>
 * The policy only decides the order; that two counters never get the same ticket is the database's
 * job (one conditional update).
 */
public final class QueuePolicy {

    /** A counter number meaning "whichever counter is free", for predicting the order as a whole. */
    public static final int ANY_COUNTER = 0;

    private static final Comparator<QueueEntry> BY_ORDER =
            Comparator.comparingLong(QueueEntry::order).thenComparingLong(QueueEntry::ticketId);

    private final QueueRules rules;

    public QueuePolicy(QueueRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public QueueRules rules() {
        return rules;
    }

    /** The ticket this counter should call next, or empty when nothing it may call is waiting. */
    public Optional<QueueEntry> next(List<QueueEntry> waiting, QueueState state, int counter) {
        List<QueueEntry> callable = waiting.stream().filter(e -> e.callableBy(counter, state)).toList();
        if (counter != ANY_COUNTER) {
            Optional<QueueEntry> sentHere = callable.stream()
                    .filter(e -> e.counterOnly().isPresent() && e.counterOnly().getAsInt() == counter)
                    .min(BY_ORDER);
            if (sentHere.isPresent()) {
                return sentHere;
            }
        }
        Optional<QueueEntry> priority = first(callable, Lane.PRIORITY);
        Optional<QueueEntry> regular = first(callable, Lane.REGULAR);
        if (priority.isPresent() && (regular.isEmpty() || state.priorityStreak() < rules.priorityMaxInRow())) {
            return priority;
        }
        return regular;
    }

    /** The state after {@code called} was called (a new call, not a recall of the same ticket). */
    public QueueState afterCall(QueueState state, QueueEntry called) {
        int streak = called.lane() == Lane.PRIORITY ? state.priorityStreak() + 1 : 0;
        return new QueueState(state.callsToday() + 1, streak);
    }

    /**
     * The order in which the waiting tickets will be called if no new ticket comes, as seen by the
     * office as a whole (any free counter calls the next). Postponed tickets come in where the pool
     * releases them. Used to tell a resident how many people are ahead.
     */
    public List<QueueEntry> predictedOrder(List<QueueEntry> waiting, QueueState state) {
        List<QueueEntry> left = new ArrayList<>(waiting);
        List<QueueEntry> order = new ArrayList<>(waiting.size());
        QueueState now = state;
        while (!left.isEmpty()) {
            Optional<QueueEntry> next = next(left, now, ANY_COUNTER);
            if (next.isEmpty()) {
                // Only postponed tickets are left: time in the pool passes as other calls would be made.
                long release = left.stream().mapToLong(QueueEntry::callableFromCall).min().orElseThrow();
                now = new QueueState(release, now.priorityStreak());
                continue;
            }
            order.add(next.get());
            left.remove(next.get());
            now = afterCall(now, next.get());
        }
        return order;
    }

    /** How many tickets will be called before {@code ticketId}, among the waiting ones (which include it). */
    public int ahead(List<QueueEntry> waiting, QueueState state, long ticketId) {
        List<QueueEntry> order = predictedOrder(waiting, state);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).ticketId() == ticketId) {
                return i;
            }
        }
        throw new IllegalArgumentException("ticket " + ticketId + " is not waiting");
    }

    /**
     * The agent says the called resident did not come.
     *
     * @param callsThisRound  calls of the ticket since it last came out of the pool (or since issue)
     * @param timesPostponed  how often it was postponed already
     */
    public NoShowDecision noShow(int callsThisRound, int timesPostponed, QueueState state) {
        if (callsThisRound < rules.noShowCalls()) {
            return new NoShowDecision(NoShowDecision.Outcome.CALL_AGAIN_FIRST,
                    rules.noShowCalls() - callsThisRound, 0);
        }
        if (timesPostponed > 0) {
            return new NoShowDecision(NoShowDecision.Outcome.CLOSED, 0, 0);
        }
        return new NoShowDecision(NoShowDecision.Outcome.POSTPONED, 0,
                state.callsToday() + rules.returnAfterCalls());
    }

    private static Optional<QueueEntry> first(List<QueueEntry> entries, Lane lane) {
        return entries.stream().filter(e -> e.lane() == lane).min(BY_ORDER);
    }
}
