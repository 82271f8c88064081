package id.loket.device.support;

import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.Subscription;
import java.util.function.Consumer;

/**
 * The common part of a driver: id, info, status and its listeners, and a start/stop that runs once.
 * Subclasses implement {@link #onStart()} and {@link #onStop()}.
 */
public abstract class DriverBase implements DeviceDriver {

    private final String driverId;
    private final DeviceInfo info;
    protected final StatusKeeper status;
    private boolean started;

    protected DriverBase(String driverId, DeviceInfo info) {
        this.driverId = driverId;
        this.info = info;
        this.status = new StatusKeeper(info.role() + " " + driverId,
                DeviceStatus.disconnected(DeviceProblem.DRIVER_STOPPED, "not started"));
    }

    @Override
    public final String driverId() {
        return driverId;
    }

    @Override
    public final DeviceInfo info() {
        return info;
    }

    @Override
    public final synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        onStart();
    }

    @Override
    public final void stop() {
        synchronized (this) {
            if (!started) {
                return;
            }
            started = false;
        }
        onStop();
        status.set(DeviceStatus.disconnected(DeviceProblem.DRIVER_STOPPED, "stopped"));
    }

    protected final synchronized boolean started() {
        return started;
    }

    @Override
    public final DeviceStatus status() {
        return status.get();
    }

    @Override
    public final Subscription onStatusChange(Consumer<DeviceStatus> listener) {
        return status.subscribe(listener);
    }

    /** Begins to connect; must return quickly. */
    protected abstract void onStart();

    /** Releases everything; waits for the driver's threads to end. */
    protected abstract void onStop();
}
