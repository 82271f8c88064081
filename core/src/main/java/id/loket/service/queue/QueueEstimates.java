package id.loket.service.queue;

import id.loket.config.QueueSettings;
import id.loket.config.ServiceDefinition;
import id.loket.domain.queue.QueueEntry;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.WaitEstimate;
import id.loket.domain.queue.WaitEstimator;
import id.loket.storage.TicketRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Waiting estimates per service and lane, from measured service times: who is ahead comes from the queue policy's
 * predicted order, how long each takes from today's measured service times of their service.
 */
public final class QueueEstimates {

    /** A counter that called nobody for this long is taken as closed (agent on a break, or gone home). */
    public static final Duration OPEN_COUNTER_WINDOW = Duration.ofMinutes(60);

    private final TicketRepository tickets;
    private final QueueSettings queue;
    private final int officeCounters;
    private final WaitEstimator estimator;
    private final Clock clock;

    public QueueEstimates(TicketRepository tickets, QueueSettings queue, int officeCounters, Clock clock) {
        this.tickets = tickets;
        this.queue = queue;
        this.officeCounters = officeCounters;
        this.estimator = new WaitEstimator(Duration.ofMinutes(queue.rules().defaultServiceMinutes()));
        this.clock = clock;
    }

    /** When this ticket can expect to be called. */
    public WaitEstimate forTicket(Ticket ticket) {
        return estimate(ticket.day(), tickets.ahead(ticket));
    }

    private WaitEstimate estimate(LocalDate day, List<QueueEntry> ahead) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, List<Integer>> measured = new HashMap<>();
        for (ServiceDefinition service : queue.services()) {
            measured.put(service.code(), tickets.recentServiceSeconds(day, service.code(), WaitEstimator.RECENT_SERVICES));
        }
        return estimator.estimate(ahead.stream().map(QueueEntry::serviceCode).toList(), measured, openCounters(day, now),
                now);
    }

    /** Counters that called someone in the last hour; before the first call of the day, all of them. */
    private int openCounters(LocalDate day, LocalDateTime now) {
        int calling = tickets.countersCallingSince(day, now.minus(OPEN_COUNTER_WINDOW));
        return calling > 0 ? calling : officeCounters;
    }
}
