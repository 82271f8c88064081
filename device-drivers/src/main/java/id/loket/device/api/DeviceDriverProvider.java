package id.loket.device.api;

import id.loket.config.DeviceChoice;
import java.util.List;

/**
 * Makes one kind of driver. Providers are found with {@link java.util.ServiceLoader}: list the class
 * in {@code META-INF/services/id.loket.device.api.DeviceDriverProvider} of its jar, and a vendor
 * adapter can ship as a jar of its own.
 */
public interface DeviceDriverProvider {

    /** The id written in {@code device.<role>=<id>}; unique within its role. */
    String driverId();

    DeviceRole role();

    /** One line in English, for {@code loket device list} and the documentation. */
    String description();

    /** Every parameter the driver reads; the registry refuses parameters not listed here. */
    List<DriverParameter> parameters();

    /**
     * Makes a driver, not started yet. Reads and checks its parameters through {@link DriverParameters}.
     *
     * @throws DeviceConfigurationException for a missing or wrong parameter
     */
    DeviceDriver create(DeviceChoice choice, DeviceContext context);

    /**
     * The devices of this kind that this computer has now (serial ports, PC/SC readers, print
     * services), each as one line of text. Must not take long and must not throw for a missing
     * service: it answers with what it can see.
     */
    default List<String> detect(DeviceContext context) {
        return List.of();
    }
}
