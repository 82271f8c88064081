package id.loket.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import id.loket.device.api.DeviceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

        /** How long one read waits for bytes; also how soon a close is noticed by the reader. */
        private static final int READ_POLL_MILLIS = 100;
        private static final int READ_BUFFER = 512;
        private static final long STOP_WAIT_MILLIS = 2_000;

        private final String path;
        private SerialPort port;
        private boolean listening;
        private Reader reader;

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

        /**
         * Reads on a thread of our own rather than jSerialComm's data listener: its event thread can
         * still be waiting inside the native library when the port is closed, and then reads freed
         * memory and takes the whole JVM down (a SIGSEGV in {@code waitForEvent}, seen in our tests,
         * and known upstream). Our reader polls with a short timeout and {@link #close()} waits for it to
         * end before the port is closed, so no native call can outlive the port.
         */
        @Override
        public synchronized void listen(Listener listener) {
            SerialPort open = requireOpen();
            if (reader != null) {
                throw new IllegalStateException(path + " is already listened to");
            }
            open.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_POLL_MILLIS, 0);
            Reader started = new Reader(open, listener);
            Thread thread = new Thread(started, "serial reader " + path);
            thread.setDaemon(true);
            started.thread = thread;
            reader = started;
            listening = true;
            thread.start();
        }

        /** Reads the listened port until it is closed or its device goes away. */
        private final class Reader implements Runnable {
            private final SerialPort open;
            private final Listener listener;
            private volatile boolean stopped;
            private Thread thread;

            Reader(SerialPort open, Listener listener) {
                this.open = open;
                this.listener = listener;
            }

            @Override
            public void run() {
                byte[] buffer = new byte[READ_BUFFER];
                while (!stopped) {
                    int n = open.readBytes(buffer, buffer.length);
                    if (stopped) {
                        return;
                    }
                    if (n > 0) {
                        listener.data(java.util.Arrays.copyOf(buffer, n));
                    } else if (n < 0 || !deviceStillThere()) {
                        // An error, or a quiet line whose device file vanished: the cable was pulled.
                        listener.disconnected();
                        return;
                    }
                }
            }

            /** Joins the reader: at most one poll interval, plus what the listener is doing. */
            void stop() {
                stopped = true;
                if (thread == Thread.currentThread()) {
                    return; // closed from a listener callback: the loop ends when the callback returns
                }
                try {
                    thread.join(STOP_WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private boolean deviceStillThere() {
            try {
                return !path.startsWith("/") || Files.exists(Path.of(path));
            } catch (InvalidPathException e) {
                return false;
            }
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
            Reader stopping;
            synchronized (this) {
                stopping = reader;
                reader = null;
            }
            if (stopping != null) {
                stopping.stop();
            }
            if (open != null) {
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
