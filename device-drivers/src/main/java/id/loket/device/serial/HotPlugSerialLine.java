package id.loket.device.serial;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.support.DeviceThreads;
import id.loket.device.support.StatusKeeper;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial port that is listened to and reopened when it comes back. jSerialComm has no plug-in
 * event, so a watcher polls: while the port is open it checks that the device is still there (and
 * takes the library's disconnect event at once); while closed it checks whether the port is back and
 * opens it.
 *
 * <p>Everything the owner hears ({@link Events}) happens on one thread of this class, in order, so
 * the owner needs no locking of its own.
 */
public final class HotPlugSerialLine {

    private static final Logger LOG = LoggerFactory.getLogger(HotPlugSerialLine.class);

    /** What the owner hears, always on this line's thread. */
    public interface Events {
        void bytes(byte[] data, long receivedNanos);

        /** Called on every poll, to let the owner expire a stale partial frame. */
        void tick(long nowNanos);

        /** The port was closed under the owner (unplugged, or stopped); drop any partial frame. */
        void closed();
    }

    private final SerialPorts ports;
    private final String path;
    private final SerialSettings settings;
    private final long pollMillis;
    private final LongSupplier nanoTime;
    private final StatusKeeper status;
    private final Events events;
    private final String name;

    private ScheduledExecutorService thread;
    private volatile SerialLine line;
    private volatile boolean disconnectSignalled;
    private String lastOpenFailure;

    public HotPlugSerialLine(SerialPorts ports, String path, SerialSettings settings, long pollMillis,
                             LongSupplier nanoTime, StatusKeeper status, Events events, String name) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.path = Objects.requireNonNull(path, "path");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (pollMillis < 10) {
            throw new IllegalArgumentException("poll interval below 10 ms");
        }
        this.pollMillis = pollMillis;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.status = Objects.requireNonNull(status, "status");
        this.events = Objects.requireNonNull(events, "events");
        this.name = Objects.requireNonNull(name, "name");
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        status.set(DeviceStatus.of(DeviceStatus.State.CONNECTING));
        thread = DeviceThreads.single(name);
        thread.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops watching and closes the port; returns when the line's thread has ended. */
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = thread;
            thread = null;
        }
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            if (!running.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("{}: the serial thread did not end within 5 s", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeLine();
    }

    /** Whether the port is open now. */
    public boolean isOpen() {
        SerialLine current = line;
        return current != null && current.isOpen();
    }

    private void poll() {
        try {
            long now = nanoTime.getAsLong();
            if (line != null) {
                if (disconnectSignalled || !ports.present(path)) {
                    closeLine();
                    events.closed();
                    status.set(DeviceStatus.disconnected(DeviceProblem.PORT_GONE, path + " went away"));
                } else {
                    events.tick(now);
                }
                return;
            }
            if (!ports.present(path)) {
                status.set(DeviceStatus.disconnected(DeviceProblem.PORT_GONE, path + " is not there"));
                return;
            }
            open();
        } catch (RuntimeException e) {
            // The watcher must outlive any one failure, or the port would never be reopened.
            LOG.error("{}: serial watcher failed; trying again in {} ms", name, pollMillis, e);
            status.set(DeviceStatus.error(DeviceProblem.PORT_BUSY, e.toString()));
        }
    }

    private void open() {
        SerialLine candidate = ports.line(path);
        try {
            candidate.open(settings);
        } catch (SerialOpenException e) {
            candidate.close();
            if (!e.getMessage().equals(lastOpenFailure)) {
                LOG.warn("{}: {}", name, e.getMessage());
                lastOpenFailure = e.getMessage();
            }
            status.set(e.problem() == DeviceProblem.PORT_GONE
                    ? DeviceStatus.disconnected(e.problem(), e.getMessage())
                    : DeviceStatus.error(e.problem(), e.getMessage()));
            return;
        }
        lastOpenFailure = null;
        disconnectSignalled = false;
        line = candidate;
        ScheduledExecutorService owner = thread;
        candidate.listen(new SerialLine.Listener() {
            @Override
            public void data(byte[] bytes) {
                long received = nanoTime.getAsLong();
                submit(owner, () -> {
                    if (line == candidate) {
                        events.bytes(bytes, received);
                    }
                });
            }

            @Override
            public void disconnected() {
                disconnectSignalled = true;
                submit(owner, HotPlugSerialLine.this::poll);
            }
        });
        status.set(DeviceStatus.ready());
    }

    private void submit(ScheduledExecutorService owner, Runnable task) {
        if (owner == null) {
            return;
        }
        try {
            owner.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: serial event after stop ignored", name);
        }
    }

    private void closeLine() {
        SerialLine current = line;
        line = null;
        if (current != null) {
            current.close();
        }
    }
}
