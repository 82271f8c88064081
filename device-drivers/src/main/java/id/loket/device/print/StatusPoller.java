package id.loket.device.print;

import id.loket.device.support.DeviceThreads;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer's own thread that asks the printer how it is: once at start, then every
 * {@code pollMillis} when that is positive. Kept apart from printing so a slow status answer never
 * holds up a job, and shared by the printers that cannot push their state.
 */
final class StatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);
    private static final int STOP_WAIT_SECONDS = 5;

    private final String driverId;
    private final int pollMillis;
    private final Runnable refresh;
    private ScheduledExecutorService thread;

    StatusPoller(String driverId, int pollMillis, Runnable refresh) {
        this.driverId = driverId;
        this.pollMillis = pollMillis;
        this.refresh = refresh;
    }

    void start() {
        thread = DeviceThreads.single("printer " + driverId);
        if (pollMillis > 0) {
            thread.scheduleWithFixedDelay(refresh, 0, pollMillis, TimeUnit.MILLISECONDS);
        } else {
            thread.execute(refresh);
        }
    }

    void stop() {
        if (thread == null) {
            return;
        }
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("printer {}: status thread did not end within {} s", driverId, STOP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
