package id.loket.device.print;

import id.loket.device.serial.SerialLine;
import id.loket.device.serial.SerialPorts;
import id.loket.device.serial.SerialSettings;
import java.io.IOException;

/** A receipt printer on a serial port, opened for each job so an unplugged printer is simply reopened. */
public final class SerialEscPosTransport implements EscPosTransport {

    private final SerialPorts ports;
    private final String path;
    private final SerialSettings settings;

    public SerialEscPosTransport(SerialPorts ports, String path, SerialSettings settings) {
        this.ports = ports;
        this.path = path;
        this.settings = settings;
    }

    @Override
    public Connection open() throws IOException {
        if (!ports.present(path)) {
            throw new IOException(path + " is not there");
        }
        SerialLine line = ports.line(path);
        line.open(settings);
        return new Connection() {
            private final byte[] one = new byte[1];

            @Override
            public void write(byte[] bytes) throws IOException {
                line.write(bytes);
            }

            @Override
            public int read(int timeoutMillis) throws IOException {
                int n = line.read(one, timeoutMillis);
                return n == 1 ? one[0] & 0xFF : -1;
            }

            @Override
            public void close() {
                line.close();
            }
        };
    }

    @Override
    public String describe() {
        return path + ", " + settings.shortText();
    }
}
