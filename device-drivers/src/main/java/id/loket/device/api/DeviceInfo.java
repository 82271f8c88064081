package id.loket.device.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a driver says about its device, for the device list and the device test page.
 *
 * @param driverId    the driver's id in the settings
 * @param role        the role it fills
 * @param description a short technical description, e.g. "serial scanner on /dev/ttyACM0, 9600 8N1, CR"
 * @param details     more facts as name and value, in a stable order (port, baud, printer name, ...)
 */
public record DeviceInfo(String driverId, DeviceRole role, String description, Map<String, String> details) {

    public DeviceInfo {
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(description, "description");
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
