package id.loket.device.wedge;

import id.loket.config.DeviceChoice;
import id.loket.device.api.BaseProvider;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceDriverProvider;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import java.util.List;

/** {@code device.scanner=keyboard-wedge}. */
public final class KeyboardWedgeProvider extends BaseProvider {

    public static final String ID = "keyboard-wedge";

    public KeyboardWedgeProvider() {
        super(ID, DeviceRole.SCANNER, "QR/barcode scanner that types like a keyboard (USB HID); bursts of fast keys ended by Enter");
    }

    @Override
    public List<DriverParameter> parameters() {
        return List.of(
                DriverParameter.of("max-gap-ms", "30", "the longest time between two keys of a scan, 5 to 200"),
                DriverParameter.of("min-length", "6", "the shortest code, 2 to 100"),
                DriverParameter.of("max-length", "4096", "the longest code, 16 to 65536"));
    }

    @Override
    public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
        DriverParameters p = new DriverParameters(DeviceRole.SCANNER, choice);
        int gap = p.integer("max-gap-ms", 30, 5, 200);
        int min = p.integer("min-length", 6, 2, 100);
        int max = p.integer("max-length", 4096, 16, 65536);
        WedgeBurstBuffer buffer = new WedgeBurstBuffer(gap * 1_000_000L, min, max, context.nanoTime());
        return new KeyboardWedgeScanner(ID, buffer, context.clock(), gap, min);
    }
}
