package id.loket.service.board;

import id.loket.config.QueueSettings;
import id.loket.config.ServiceDefinition;
import id.loket.domain.board.BoardSnapshot;
import id.loket.domain.board.WaitingCount;
import id.loket.storage.BoardRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The display board's read model: who is served where, the latest calls, and who still waits. */
public final class BoardService {

    /** How many calls the board lists under "Panggilan terakhir". */
    public static final int RECENT_CALLS = 5;

    private final BoardRepository repository;
    private final QueueSettings queue;
    private final Locale locale;
    private final Clock clock;
    private final int counters;
    private final java.util.function.Function<java.time.LocalDate, List<String>> noticesOn;
    private List<String> notices = List.of();
    private LocalDateTime noticesReadAt;

    /** @param counters how many counters the office has: the board shows each, serving or not */
    public BoardService(BoardRepository repository, QueueSettings queue, int counters, Locale locale, Clock clock) {
        this(repository, queue, counters, locale, clock, day -> List.of());
    }

    /** @param noticesOn the office's notices in force on a day, for the board's ticker */
    public BoardService(BoardRepository repository, QueueSettings queue, int counters, Locale locale, Clock clock,
                        java.util.function.Function<java.time.LocalDate, List<String>> noticesOn) {
        this.noticesOn = noticesOn;
        this.repository = repository;
        this.counters = counters;
        this.queue = queue;
        this.locale = locale;
        this.clock = clock;
    }

    /** What the board shows now. */
    public BoardSnapshot snapshot() {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Long> waiting = repository.waitingByService(now.toLocalDate());
        List<WaitingCount> perService = queue.services().stream()
                .map(service -> new WaitingCount(service.code(), service.letter(), name(service),
                        waiting.getOrDefault(service.code(), 0L)))
                .toList();
        return new BoardSnapshot(repository.nowServing(now.toLocalDate()),
                repository.latestCalls(now.toLocalDate(), RECENT_CALLS), perService, now,
                repository.closedCounters(now.toLocalDate()), noticesAt(now));
    }

    /**
     * The notices change a few times a month, the board looks every 400 ms: they are read again every
     * {@link #NOTICES_EVERY} (and at once on a new day), not at every look.
     */
    private synchronized List<String> noticesAt(LocalDateTime now) {
        if (noticesReadAt == null || !noticesReadAt.toLocalDate().equals(now.toLocalDate())
                || !now.isBefore(noticesReadAt.plus(NOTICES_EVERY)) || now.isBefore(noticesReadAt)) {
            notices = noticesOn.apply(now.toLocalDate());
            noticesReadAt = now;
        }
        return notices;
    }

    /** How often the board reads the notices again. */
    static final java.time.Duration NOTICES_EVERY = java.time.Duration.ofSeconds(20);

    /**
     * A new watch on the calls: from now on it returns each call and recall once. Each board window
     * has its own, so a board opened later does not replay what was called while it was closed.
     */
    public CallWatch watchCalls() {
        return new CallWatch(repository);
    }

    /** How many counters the office has. */
    public int counters() {
        return counters;
    }

    /** The board's language, for the spoken phrase. */
    public Locale locale() {
        return locale;
    }

    private String name(ServiceDefinition service) {
        return "en".equals(locale.getLanguage()) ? service.nameEn() : service.nameId();
    }
}
