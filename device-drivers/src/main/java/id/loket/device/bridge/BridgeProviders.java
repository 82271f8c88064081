package id.loket.device.bridge;

import id.loket.config.DeviceChoice;
import id.loket.device.api.BaseProvider;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceDriverProvider;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import id.loket.device.serial.Delimiter;
import id.loket.device.serial.JSerialCommPorts;
import id.loket.device.serial.SerialPorts;
import id.loket.device.serial.SerialSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three vendor-bridge card readers: over HTTP, WebSocket and a serial line. */
public final class BridgeProviders {

    private BridgeProviders() {
    }

    /** The message and mapping parameters every bridge takes. */
    static List<DriverParameter> messageParameters(int defaultMaxBytes) {
        return List.of(
                DriverParameter.of("type-key", "event", "the member that says what a message is"),
                DriverParameter.of("data-key", "data", "the member holding the card's fields; without it, the message itself"),
                DriverParameter.of("code-key", "code", "the member holding a vendor error code"),
                DriverParameter.of("message-key", "message", "the member holding a vendor error text"),
                DriverParameter.of("state-key", "state", "the member holding the state in a status message"),
                DriverParameter.of("field.*", null, "field.<key>=<member or dotted path>, e.g. field.name=namaLengkap; "
                        + "keys: nik, name, birthPlace, birthDate, sex, address, rt, rw, kelurahan, kecamatan, regency, "
                        + "province, religion, maritalStatus, occupation, citizenship, validUntil, cardUid"),
                DriverParameter.of("error.*", null, "error.<VENDOR_CODE>=<problem code>, e.g. error.E42=SAM_MISSING"),
                DriverParameter.of("date-format", "yyyy-MM-dd,dd-MM-yyyy,dd/MM/yyyy,dd.MM.yyyy",
                        "the vendor's date patterns, tried in order"),
                DriverParameter.of("max-message-bytes", String.valueOf(defaultMaxBytes),
                        "the longest message, 1024 to 4194304"));
    }

    static BridgeMessages messages(DriverParameters p, int defaultMaxBytes) {
        BridgeMessages.Keys keys = new BridgeMessages.Keys(p.string("type-key", "event"), p.string("data-key", "data"),
                p.string("code-key", "code"), p.string("message-key", "message"), p.string("state-key", "state"));
        int max = p.integer("max-message-bytes", defaultMaxBytes, 1024, 4 * 1024 * 1024);
        return new BridgeMessages(FieldMapping.from(p), keys, max);
    }

    private static DeviceInfo info(String id, String description, Map<String, String> details) {
        return new DeviceInfo(id, DeviceRole.CARD_READER, description, details);
    }

    /** {@code device.card-reader=vendor-bridge-http}. */
    public static final class Http extends BaseProvider {
        public static final String ID = "vendor-bridge-http";

        public Http() {
            super(ID, DeviceRole.CARD_READER, "licensed KTP-el reader: the vendor's local service polled over HTTP for JSON");
        }

        @Override
        public List<DriverParameter> parameters() {
            List<DriverParameter> list = new ArrayList<>(List.of(
                    DriverParameter.required("url", "the service's address, e.g. http://127.0.0.1:8123/ktp"),
                    DriverParameter.of("mode", "poll", "poll (ask every poll-ms) or long-poll (the service holds the request)"),
                    DriverParameter.of("poll-ms", "500", "time between requests in poll mode, and after an error, 100 to 60000"),
                    DriverParameter.of("timeout-ms", "5000", "how long one request may take (long poll: 30000), 500 to 300000")));
            list.addAll(messageParameters(1024 * 1024));
            return list;
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.CARD_READER, choice);
            URI uri = p.uri("url", List.of("http", "https"));
            HttpBridgeTransport.Mode mode = p.choice("mode", HttpBridgeTransport.Mode.class, HttpBridgeTransport.Mode.POLL);
            int poll = p.integer("poll-ms", 500, 100, 60_000);
            int timeout = p.integer("timeout-ms", mode == HttpBridgeTransport.Mode.POLL ? 5000 : 30_000, 500, 300_000);
            BridgeMessages messages = messages(p, 1024 * 1024);
            int max = p.integer("max-message-bytes", 1024 * 1024, 1024, 4 * 1024 * 1024);
            HttpBridgeTransport transport = new HttpBridgeTransport(uri, mode, Duration.ofMillis(poll),
                    Duration.ofMillis(timeout), max);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("url", uri.toString());
            details.put("mode", mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            return new BridgeCardReader(info(ID, "KTP-el vendor bridge at " + transport.describe(), details),
                    transport, messages, context.clock());
        }
    }

    /** {@code device.card-reader=vendor-bridge-ws}. */
    public static final class WebSocket extends BaseProvider {
        public static final String ID = "vendor-bridge-ws";

        public WebSocket() {
            super(ID, DeviceRole.CARD_READER, "licensed KTP-el reader: the vendor's local WebSocket sending JSON");
        }

        @Override
        public List<DriverParameter> parameters() {
            List<DriverParameter> list = new ArrayList<>(List.of(
                    DriverParameter.required("url", "the service's address, e.g. ws://127.0.0.1:8123/ktp"),
                    DriverParameter.of("reconnect-ms", "1000", "time before trying again after the connection failed, 100 to 60000")));
            list.addAll(messageParameters(1024 * 1024));
            return list;
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.CARD_READER, choice);
            URI uri = p.uri("url", List.of("ws", "wss"));
            int reconnect = p.integer("reconnect-ms", 1000, 100, 60_000);
            BridgeMessages messages = messages(p, 1024 * 1024);
            int max = p.integer("max-message-bytes", 1024 * 1024, 1024, 4 * 1024 * 1024);
            WebSocketBridgeTransport transport = new WebSocketBridgeTransport(uri, Duration.ofMillis(reconnect), max);
            return new BridgeCardReader(info(ID, "KTP-el vendor bridge at " + transport.describe(),
                    Map.of("url", uri.toString())), transport, messages, context.clock());
        }
    }

    /** {@code device.card-reader=vendor-bridge-serial}. */
    public static final class Serial extends BaseProvider {
        public static final String ID = "vendor-bridge-serial";

        private final SerialPorts ports;

        public Serial() {
            this(new JSerialCommPorts());
        }

        public Serial(SerialPorts ports) {
            super(ID, DeviceRole.CARD_READER, "licensed KTP-el reader: JSON lines on a serial port, reopened when plugged back in");
            this.ports = ports;
        }

        @Override
        public List<DriverParameter> parameters() {
            List<DriverParameter> list = new ArrayList<>(SerialSettings.parameters());
            list.add(DriverParameter.of("delimiter", "LF", "the end of a message line: CR, LF or CRLF"));
            list.add(DriverParameter.of("poll-ms", "500", "how often to check that the port is (still) there, 50 to 5000"));
            list.addAll(messageParameters(256 * 1024));
            return list;
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.CARD_READER, choice);
            String path = p.required("port", "a serial port such as /dev/ttyUSB0 or COM4");
            SerialSettings settings = SerialSettings.from(p);
            Delimiter delimiter = p.choice("delimiter", Delimiter.class, Delimiter.LF);
            int poll = p.integer("poll-ms", 500, 50, 5000);
            BridgeMessages messages = messages(p, 256 * 1024);
            int max = p.integer("max-message-bytes", 256 * 1024, 1024, 4 * 1024 * 1024);
            SerialBridgeTransport transport = new SerialBridgeTransport(ports, path, settings, delimiter, max, poll,
                    context.nanoTime());
            Map<String, String> details = new LinkedHashMap<>();
            details.put("port", path);
            details.put("line", settings.shortText());
            return new BridgeCardReader(info(ID, "KTP-el vendor bridge on " + transport.describe(), details),
                    transport, messages, context.clock());
        }

        @Override
        public List<String> detect(DeviceContext context) {
            return ports.available();
        }
    }
}
