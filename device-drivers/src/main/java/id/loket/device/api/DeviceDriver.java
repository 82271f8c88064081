package id.loket.device.api;

import java.util.function.Consumer;

/**
 * A device on the counter's desk: card reader, scanner or printer. Drivers are found with
 * {@link java.util.ServiceLoader} and chosen in {@code loket.properties}; each has a real and a
 * simulated implementation. Status changes arrive as events, on the driver's own thread.
 */
public interface DeviceDriver extends AutoCloseable {

    /** The id used in the settings, e.g. {@code serial} or {@code simulated}. */
    String driverId();

    void start();

    void stop();

    DeviceStatus status();

    void onStatusChange(Consumer<DeviceStatus> listener);

    @Override
    default void close() {
        stop();
    }
}
