package id.loket.device.testing;

import id.loket.config.DeviceChoice;
import id.loket.device.api.DeviceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers to make driver choices and contexts in tests. */
public final class Contexts {

    private Contexts() {
    }

    /** The machine's clock and timer, as the application gives its drivers. */
    public static DeviceContext context(Path dataDir) {
        return new DeviceContext(Clock.systemDefaultZone(), System::nanoTime, dataDir);
    }

    /** A choice from the driver id and name, value pairs. */
    public static DeviceChoice choice(String driverId, String... nameValue) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            parameters.put(nameValue[i], nameValue[i + 1]);
        }
        return new DeviceChoice(driverId, parameters);
    }
}
