package id.loket.device.print;

import id.loket.config.DeviceChoice;
import id.loket.device.api.BaseProvider;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceDriverProvider;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import id.loket.device.serial.JSerialCommPorts;
import id.loket.device.serial.SerialPorts;
import id.loket.device.serial.SerialSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The printer drivers: PDF folder, operating-system print service, ESC/POS over TCP and serial. */
public final class PrinterProviders {

    private PrinterProviders() {
    }

    /** {@code device.printer=pdf-folder}. */
    public static final class PdfFolder extends BaseProvider {
        public static final String ID = "pdf-folder";

        public PdfFolder() {
            super(ID, DeviceRole.PRINTER, "no printer: every printout saved as a PDF file in a folder");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of(DriverParameter.of("folder", "<data.dir>/printouts", "the folder for the PDF files"));
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.PRINTER, choice);
            Path folder = p.path("folder", context.dataDir().resolve("printouts"));
            return new PdfFolderPrinter(ID, folder);
        }
    }

    /** {@code device.printer=os-printer}. */
    public static final class Os extends BaseProvider {
        public static final String ID = "os-printer";

        public Os() {
            super(ID, DeviceRole.PRINTER, "a printer of the operating system (CUPS, Windows), paper sized from each PDF page");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of(
                    DriverParameter.of("printer", "", "the print queue's name; empty for the default printer"),
                    DriverParameter.of("status-poll-ms", "10000", "how often to check the queue, 0 for only at start, 0 to 600000"),
                    DriverParameter.of("confirm-timeout-ms", "60000", "on CUPS, how long a job may stay queued before it "
                            + "is cancelled and fails; 0 to confirm when spooled, 0 to 600000"));
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.PRINTER, choice);
            String printer = p.string("printer", "");
            int poll = p.integer("status-poll-ms", 10_000, 0, 600_000);
            int confirm = p.integer("confirm-timeout-ms", 60_000, 0, 600_000);
            DeviceInfo info = new DeviceInfo(ID, DeviceRole.PRINTER, "print service "
                    + (printer.isEmpty() ? "(default printer)" : printer), Map.of("printer", printer));
            return new OsPrinter(ID, info, printer, poll, confirm);
        }

        @Override
        public List<String> detect(DeviceContext context) {
            return OsPrinter.serviceNames();
        }
    }

    /** The printing parameters both ESC/POS drivers take. */
    static List<DriverParameter> escPosParameters() {
        return List.of(
                DriverParameter.of("paper", "80mm", "80mm (576 dots printable) or 58mm (384 dots)"),
                DriverParameter.of("dpi", "203", "the printer's resolution, 100 to 600"),
                DriverParameter.of("cut", "partial", "full, partial or none"),
                DriverParameter.of("feed-lines", "4", "lines fed before the cut, 0 to 20"),
                DriverParameter.of("status", "auto", "auto (read DLE EOT status where answered), required, or off"),
                DriverParameter.of("status-timeout-ms", "800", "how long to wait for a status answer, 50 to 10000"),
                DriverParameter.of("status-poll-ms", "10000", "how often to ask for status when idle, 0 for only at start, 0 to 600000"));
    }

    static EscPosPrinter escPos(String id, DriverParameters p, EscPosTransport transport, Map<String, String> details) {
        String paperText = p.string("paper", "80mm");
        EscPosRaster.Paper paper = switch (paperText) {
            case "80mm" -> EscPosRaster.Paper.MM_80;
            case "58mm" -> EscPosRaster.Paper.MM_58;
            default -> throw p.bad("paper", paperText, "80mm or 58mm", null);
        };
        int dpi = p.integer("dpi", 203, 100, 600);
        EscPosRaster.Cut cut = p.choice("cut", EscPosRaster.Cut.class, EscPosRaster.Cut.PARTIAL);
        int feed = p.integer("feed-lines", 4, 0, 20);
        EscPosPrinter.StatusMode mode = p.choice("status", EscPosPrinter.StatusMode.class, EscPosPrinter.StatusMode.AUTO);
        int timeout = p.integer("status-timeout-ms", 800, 50, 10_000);
        int poll = p.integer("status-poll-ms", 10_000, 0, 600_000);
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("paper", paperText);
        all.put("status", mode.name().toLowerCase(java.util.Locale.ROOT));
        DeviceInfo info = new DeviceInfo(id, DeviceRole.PRINTER, "ESC/POS printer at " + transport.describe()
                + ", " + paperText, all);
        return new EscPosPrinter(id, info, transport, new EscPosRaster(paper, dpi, feed, cut), mode, timeout, poll);
    }

    /** {@code device.printer=escpos-tcp}. */
    public static final class EscPosTcp extends BaseProvider {
        public static final String ID = "escpos-tcp";

        public EscPosTcp() {
            super(ID, DeviceRole.PRINTER, "network thermal printer speaking ESC/POS on a raw TCP port (9100)");
        }

        @Override
        public List<DriverParameter> parameters() {
            List<DriverParameter> list = new ArrayList<>(List.of(
                    DriverParameter.required("host", "the printer's address, e.g. 192.168.1.50"),
                    DriverParameter.of("port", "9100", "the raw printing port, 1 to 65535"),
                    DriverParameter.of("connect-timeout-ms", "3000", "how long to wait for a connection, 100 to 60000")));
            list.addAll(escPosParameters());
            return list;
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.PRINTER, choice);
            String host = p.required("host", "the printer's address, e.g. 192.168.1.50");
            int port = p.integer("port", 9100, 1, 65_535);
            int connect = p.integer("connect-timeout-ms", 3000, 100, 60_000);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("host", host);
            details.put("port", String.valueOf(port));
            return escPos(ID, p, new TcpEscPosTransport(host, port, connect), details);
        }
    }

    /** {@code device.printer=escpos-serial}. */
    public static final class EscPosSerial extends BaseProvider {
        public static final String ID = "escpos-serial";

        private final SerialPorts ports;

        public EscPosSerial() {
            this(new JSerialCommPorts());
        }

        public EscPosSerial(SerialPorts ports) {
            super(ID, DeviceRole.PRINTER, "thermal printer speaking ESC/POS on a serial port (or USB virtual COM)");
            this.ports = ports;
        }

        @Override
        public List<DriverParameter> parameters() {
            List<DriverParameter> list = new ArrayList<>(SerialSettings.parameters());
            list.addAll(escPosParameters());
            return list;
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.PRINTER, choice);
            String path = p.required("port", "a serial port such as /dev/ttyUSB0 or COM5");
            SerialSettings settings = SerialSettings.from(p);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("port", path);
            details.put("line", settings.shortText());
            return escPos(ID, p, new SerialEscPosTransport(ports, path, settings), details);
        }

        @Override
        public List<String> detect(DeviceContext context) {
            return ports.available();
        }
    }
}
