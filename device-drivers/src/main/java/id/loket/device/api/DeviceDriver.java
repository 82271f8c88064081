package id.loket.device.api;

import java.util.function.Consumer;

/**
 * A device on the counter's desk: card reader, scanner or printer. Drivers are found with
 * {@link java.util.ServiceLoader} (see {@link DeviceDriverProvider}) and chosen in
 * {@code loket.properties}.
 *
 * <p>{@link #start()} returns at once: connecting happens in the background and shows in the status.
 * Status changes and device events arrive on the driver's own thread; a listener that must touch the
 * screen hands them on to the UI thread itself. A listener that throws is logged and does not stop
 * the driver.
 */
public interface DeviceDriver extends AutoCloseable {

    /** The id used in the settings, e.g. {@code serial} or {@code simulated}. */
    String driverId();

    DeviceRole role();

    DeviceInfo info();

    /** Begins to connect; calling it on a started driver does nothing. */
    void start();

    /** Releases the device (port, socket, threads); calling it twice does nothing. */
    void stop();

    DeviceStatus status();

    /** Calls {@code listener} with every change of {@link #status()} from now on. */
    Subscription onStatusChange(Consumer<DeviceStatus> listener);

    @Override
    default void close() {
        stop();
    }
}
