package id.loket.device.support;

import id.loket.device.api.DeviceStatus;
import id.loket.device.api.Subscription;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A driver's current status. Listeners hear a change of state or problem; a new detail text alone
 * (the same error again) is not a change and is not repeated to them.
 */
public final class StatusKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(StatusKeeper.class);

    private final String device;
    private final Listeners<DeviceStatus> listeners;
    private DeviceStatus current;

    /** @param device names the device in the log, e.g. "scanner serial /dev/ttyACM0" */
    public StatusKeeper(String device, DeviceStatus initial) {
        this.device = device;
        this.listeners = new Listeners<>(device + ": status");
        this.current = initial;
    }

    public synchronized DeviceStatus get() {
        return current;
    }

    /** Sets the status; returns true when it changed (and listeners were told). */
    public boolean set(DeviceStatus next) {
        DeviceStatus previous;
        synchronized (this) {
            previous = current;
            if (next.sameAs(current)) {
                current = next;
                return false;
            }
            current = next;
        }
        if (next.state() == DeviceStatus.State.ERROR) {
            LOG.warn("{}: {}", device, next);
        } else if (working(previous) && working(next)) {
            // READY and BUSY alternate with every read or job: not worth a line each.
            LOG.debug("{}: {}", device, next);
        } else {
            LOG.info("{}: {}", device, next);
        }
        listeners.fire(next);
        return true;
    }

    private static boolean working(DeviceStatus status) {
        return status.problem().isEmpty()
                && (status.state() == DeviceStatus.State.READY || status.state() == DeviceStatus.State.BUSY);
    }

    public Subscription subscribe(Consumer<DeviceStatus> listener) {
        return listeners.add(listener);
    }
}
