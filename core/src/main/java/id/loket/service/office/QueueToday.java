package id.loket.service.office;

import id.loket.config.Language;
import id.loket.config.QueueSettings;
import id.loket.domain.queue.Ticket;
import id.loket.service.queue.QueueEstimates;
import id.loket.storage.QueueWatchRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Today's queue as the lurah watches it from the office: who waits for each service and for how long
 * the longest has waited, and which counters are open. A counter is open when it serves someone now or
 * called someone within {@link QueueEstimates#OPEN_COUNTER_WINDOW}, the rule the residents' estimates use.
 */
public final class QueueToday {

    /** One service: how many wait, and how long the one waiting longest has waited (none waiting: empty). */
    public record ServiceLine(String code, char letter, String name, long waiting, Optional<Duration> longestWait) {
    }

    /** One counter that worked today: whether it is open and the ticket it serves now, if any. */
    public record CounterLine(int counter, boolean open, Optional<String> serving, LocalDateTime lastCall) {
    }

    /**
     * The queue at {@code readAt}: services in the ticket screen's order, the counters that worked today
     * by number, and the office's number of counters.
     */
    public record Snapshot(List<ServiceLine> services, List<CounterLine> counters, int officeCounters,
                           LocalDateTime readAt) {

        public long waiting() {
            return services.stream().mapToLong(ServiceLine::waiting).sum();
        }

        /** The longest wait of any waiting resident now. */
        public Optional<Duration> longestWait() {
            return services.stream().flatMap(s -> s.longestWait().stream()).max(Comparator.naturalOrder());
        }

        public long countersOpen() {
            return counters.stream().filter(CounterLine::open).count();
        }
    }

    private final QueueWatchRepository repository;
    private final QueueSettings queue;
    private final int officeCounters;
    private final Language language;
    private final Clock clock;

    public QueueToday(QueueWatchRepository repository, QueueSettings queue, int officeCounters, Language language,
                      Clock clock) {
        this.repository = repository;
        this.queue = queue;
        this.officeCounters = officeCounters;
        this.language = language;
        this.clock = clock;
    }

    public Snapshot now() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day = now.toLocalDate();
        Map<String, QueueWatchRepository.Waiting> waiting = repository.waiting(day);
        List<ServiceLine> services = queue.services().stream().map(service -> {
            Optional<QueueWatchRepository.Waiting> w = Optional.ofNullable(waiting.get(service.code()));
            return new ServiceLine(service.code(), service.letter(), service.name(language),
                    w.map(QueueWatchRepository.Waiting::count).orElse(0L),
                    w.map(x -> nonNegative(Duration.between(x.longestSince(), now))));
        }).toList();
        Map<Integer, QueueWatchRepository.Serving> serving = repository.serving(day);
        LocalDateTime openSince = now.minus(QueueEstimates.OPEN_COUNTER_WINDOW);
        List<CounterLine> counters = new ArrayList<>();
        for (QueueWatchRepository.CounterCall call : repository.counters(day)) {
            Optional<String> servingNow = Optional.ofNullable(serving.get(call.counter()))
                    .map(s -> Ticket.displayNumber(s.letter(), s.number()));
            counters.add(new CounterLine(call.counter(), servingNow.isPresent() || !call.lastCall().isBefore(openSince),
                    servingNow, call.lastCall()));
        }
        return new Snapshot(services, counters, officeCounters, now);
    }

    /** A ticket issued on a PC whose clock runs a little ahead has waited no time, not a negative one. */
    private static Duration nonNegative(Duration wait) {
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
