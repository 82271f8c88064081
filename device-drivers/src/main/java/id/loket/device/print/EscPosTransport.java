package id.loket.device.print;

import java.io.IOException;

/** How bytes reach an ESC/POS printer: a TCP socket (port 9100) or a serial port. */
public interface EscPosTransport {

    /** An open connection for one job or one status query. */
    interface Connection extends AutoCloseable {
        void write(byte[] bytes) throws IOException;

        /** One byte from the printer, or -1 when none came within the time. */
        int read(int timeoutMillis) throws IOException;

        @Override
        void close();
    }

    /** @throws IOException when the printer cannot be reached */
    Connection open() throws IOException;

    String describe();
}
