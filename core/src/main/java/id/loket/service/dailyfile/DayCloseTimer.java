package id.loket.service.dailyfile;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every minute whether a day is due to close ({@link DayClose#closeIfDue()}), on a thread of its
 * own. Runs on the PC that holds the database and the office signing key: the standalone kiosk or the
 * LAN server ({@code loket serve}); a LAN counter leaves it to the server.
 */
public final class DayCloseTimer implements AutoCloseable {

    /** A close a minute late is on time for a file the kecamatan reads the next morning. */
    static final Duration INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(DayCloseTimer.class);

    private final DayClose dayClose;
    private ScheduledExecutorService timer;

    public DayCloseTimer(DayClose dayClose) {
        this.dayClose = dayClose;
    }

    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "loket-day-close");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::look, 0, INTERVAL.toSeconds(), TimeUnit.SECONDS);
    }

    private void look() {
        try {
            for (DayClose.Outcome outcome : dayClose.closeIfDue()) {
                outcome.file().ifPresent(file -> LOG.info("Day {} closed; its file is in the outbox: {}",
                        outcome.day(), file));
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment (a LAN server restarting); the next look tries again.
            LOG.error("The day close could not be looked at; trying again in {}", INTERVAL, e);
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
