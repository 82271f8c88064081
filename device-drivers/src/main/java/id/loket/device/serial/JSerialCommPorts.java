package id.loket.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import id.loket.device.api.DeviceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link SerialPorts} on jSerialComm. */
public final class JSerialCommPorts implements SerialPorts {

    @Override
    public List<String> available() {
        List<String> paths = new ArrayList<>();
        for (SerialPort port : SerialPort.getCommPorts()) {
            paths.add(port.getSystemPortPath());
        }
        return paths;
    }

    @Override
    public boolean present(String path) {
        try {
            if (path.startsWith("/") && Files.exists(Path.of(path))) {
                return true;
            }
        } catch (InvalidPathException e) {
            return false;
        }
        for (SerialPort port : SerialPort.getCommPorts()) {
            if (port.getSystemPortPath().equals(path) || port.getSystemPortName().equalsIgnoreCase(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public SerialLine line(String path) {
        return new Line(path);
    }

    private static final class Line implements SerialLine {

        private static final int ENOENT = 2;
        private static final int ENXIO = 6;
        private static final int ENODEV = 19;

        private final String path;
        private SerialPort port;
        private boolean listening;

        Line(String path) {
            this.path = path;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public synchronized void open(SerialSettings settings) throws SerialOpenException {
            if (port != null) {
                return;
            }
            SerialPort candidate;
            try {
                candidate = SerialPort.getCommPort(path);
            } catch (SerialPortInvalidPortException e) {
                throw new SerialOpenException(DeviceProblem.PORT_GONE, "no serial port " + path + ": " + e.getMessage());
            }
            candidate.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(settings),
                    parity(settings), false);
            candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
            if (!candidate.openPort()) {
                int code = candidate.getLastErrorCode();
                DeviceProblem problem = code == ENOENT || code == ENXIO || code == ENODEV
                        ? DeviceProblem.PORT_GONE : DeviceProblem.PORT_BUSY;
                throw new SerialOpenException(problem, "cannot open " + path + ": error " + code + " at "
                        + candidate.getLastErrorLocation());
            }
            port = candidate;
            listening = false;
        }

        @Override
        public synchronized boolean isOpen() {
            return port != null && port.isOpen();
        }

        @Override
        public synchronized void listen(Listener listener) {
            SerialPort open = requireOpen();
            AtomicBoolean gone = new AtomicBoolean();
            boolean added = open.addDataListener(new SerialPortDataListener() {
                @Override
                public int getListeningEvents() {
                    return SerialPort.LISTENING_EVENT_DATA_RECEIVED | SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
                }

                @Override
                public void serialEvent(SerialPortEvent event) {
                    if (event.getEventType() == SerialPort.LISTENING_EVENT_DATA_RECEIVED) {
                        byte[] data = event.getReceivedData();
                        if (data != null && data.length > 0 && !gone.get()) {
                            listener.data(data);
                        }
                    } else if (event.getEventType() == SerialPort.LISTENING_EVENT_PORT_DISCONNECTED
                            && gone.compareAndSet(false, true)) {
                        // jSerialComm repeats this event until the port is closed: pass it on once.
                        listener.disconnected();
                    }
                }
            });
            if (!added) {
                throw new IllegalStateException("jSerialComm refused a data listener on " + path);
            }
            listening = true;
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) throws IOException {
            SerialPort open;
            synchronized (this) {
                open = requireOpen();
                if (listening) {
                    throw new IllegalStateException("a listened line cannot be read directly");
                }
            }
            open.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, Math.max(1, timeoutMillis), 0);
            int n = open.readBytes(buffer, buffer.length);
            if (n < 0) {
                throw new IOException("reading " + path + " failed: error " + open.getLastErrorCode());
            }
            return n;
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            SerialPort open;
            synchronized (this) {
                open = requireOpen();
            }
            int offset = 0;
            while (offset < bytes.length) {
                int n = open.writeBytes(bytes, bytes.length - offset, offset);
                if (n <= 0) {
                    throw new IOException("writing to " + path + " failed after " + offset + " of " + bytes.length
                            + " bytes: error " + open.getLastErrorCode());
                }
                offset += n;
            }
        }

        @Override
        public void close() {
            SerialPort open;
            synchronized (this) {
                open = port;
                port = null;
                listening = false;
            }
            if (open != null) {
                open.removeDataListener();
                open.closePort();
            }
        }

        private SerialPort requireOpen() {
            if (port == null) {
                throw new IllegalStateException(path + " is not open");
            }
            return port;
        }

        private static int stopBits(SerialSettings settings) {
            return switch (settings.stopBits()) {
                case ONE -> SerialPort.ONE_STOP_BIT;
                case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
                case TWO -> SerialPort.TWO_STOP_BITS;
            };
        }

        private static int parity(SerialSettings settings) {
            return switch (settings.parity()) {
                case NONE -> SerialPort.NO_PARITY;
                case ODD -> SerialPort.ODD_PARITY;
                case EVEN -> SerialPort.EVEN_PARITY;
                case MARK -> SerialPort.MARK_PARITY;
                case SPACE -> SerialPort.SPACE_PARITY;
            };
        }
    }
}
