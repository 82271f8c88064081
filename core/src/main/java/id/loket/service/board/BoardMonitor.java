package id.loket.service.board;

import id.loket.domain.board.BoardCall;
import id.loket.domain.board.BoardSnapshot;
import id.loket.domain.text.Message;
import id.loket.service.Failures;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a board up to date: every {@link #POLL_INTERVAL} it asks the database for new calls (which
 * the announcer says out loud) and for the board's content. It reads the same database as the
 * counters, embedded or over the LAN, so a call on another PC shows within one interval. While the
 * database cannot be reached the board keeps its last content and says so; it carries on by itself
 * when the database answers again.
 */
public final class BoardMonitor implements AutoCloseable {

    /** Short enough that a call shows within a second, long enough to leave the database alone. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(400);

    private static final Logger LOG = LoggerFactory.getLogger(BoardMonitor.class);

    /** Where the board's news goes; called on the monitor's thread. */
    public interface Listener {
        void show(BoardSnapshot snapshot);

        /** The database cannot be read now, in words for the status line. */
        void problem(Message problem);

        /** Whether the sound works, after each announcement. */
        void sound(Message status);
    }

    private final BoardService board;
    private final Announcer announcer;
    private final Listener listener;
    private final CallWatch watch;
    private ScheduledExecutorService timer;
    private boolean failing;

    public BoardMonitor(BoardService board, Announcer announcer, Listener listener) {
        this.board = board;
        this.announcer = announcer;
        this.listener = listener;
        this.watch = board.watchCalls();
        announcer.onStatus(listener::sound);
    }

    /** Starts looking, on a thread of its own. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "loket-board-monitor");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::look, 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look: announce new calls, then show the board. Public for tests, which look by hand. */
    public void look() {
        try {
            for (BoardCall call : watch.newCalls()) {
                announcer.announce(call);
            }
            BoardSnapshot snapshot = board.snapshot();
            failing = false;
            listener.show(snapshot);
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("The board cannot read the queue; it keeps trying", e);
            }
            failing = true;
            listener.problem(Failures.describe(e));
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
