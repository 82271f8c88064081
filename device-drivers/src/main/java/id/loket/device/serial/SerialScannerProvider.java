package id.loket.device.serial;

import id.loket.config.DeviceChoice;
import id.loket.device.api.BaseProvider;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceDriverProvider;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import java.util.ArrayList;
import java.util.List;

/** {@code device.scanner=serial}. */
public final class SerialScannerProvider extends BaseProvider {

    public static final String ID = "serial";

    private final SerialPorts ports;

    public SerialScannerProvider() {
        this(new JSerialCommPorts());
    }

    public SerialScannerProvider(SerialPorts ports) {
        super(ID, DeviceRole.SCANNER, "QR/barcode scanner on a serial port (COM port or USB virtual COM), reopened when plugged back in");
        this.ports = ports;
    }

    @Override
    public List<DriverParameter> parameters() {
        List<DriverParameter> list = new ArrayList<>(SerialSettings.parameters());
        list.add(DriverParameter.of("delimiter", "CR", "the end of a code: CR, LF or CRLF"));
        list.add(DriverParameter.of("max-length", "4096", "the longest code in bytes, 16 to 65536"));
        list.add(DriverParameter.of("frame-timeout-ms", "1000",
                "a begun code whose end mark does not come within this time is reported, 50 to 60000"));
        list.add(DriverParameter.of("poll-ms", "500", "how often to check that the port is (still) there, 50 to 5000"));
        return list;
    }

    @Override
    public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
        DriverParameters p = new DriverParameters(DeviceRole.SCANNER, choice);
        String path = p.required("port", "a serial port such as /dev/ttyACM0 or COM3");
        SerialSettings settings = SerialSettings.from(p);
        SerialScanner.Framing framing = new SerialScanner.Framing(
                p.choice("delimiter", Delimiter.class, Delimiter.CR),
                p.integer("max-length", 4096, 16, 65536),
                p.integer("frame-timeout-ms", 1000, 50, 60_000),
                p.integer("poll-ms", 500, 50, 5000));
        return new SerialScanner(ID, ports, path, settings, framing, context.clock(), context.nanoTime());
    }

    @Override
    public List<String> detect(DeviceContext context) {
        return ports.available();
    }
}
