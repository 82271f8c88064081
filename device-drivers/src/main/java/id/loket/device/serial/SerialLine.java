package id.loket.device.serial;

import java.io.IOException;

/**
 * One serial port, as the drivers need it. jSerialComm's {@code SerialPort} is final, so drivers
 * talk to this interface and tests can stand in for it where no pseudo-terminal is wanted.
 */
public interface SerialLine extends AutoCloseable {

    /** What happens on an open line in listening mode. */
    interface Listener {
        /** Bytes arrived; the array is the listener's to keep. */
        void data(byte[] bytes);

        /** The device went away (cable pulled, other end closed). Called at most once per open. */
        void disconnected();
    }

    String path();

    /** Opens and configures the port. */
    void open(SerialSettings settings) throws SerialOpenException;

    boolean isOpen();

    /** Delivers incoming bytes to {@code listener} from a thread of the serial library. */
    void listen(Listener listener);

    /** Blocking read for lines that are not listened to; returns 0 when nothing came in time. */
    int read(byte[] buffer, int timeoutMillis) throws IOException;

    void write(byte[] bytes) throws IOException;

    /** Closes the port; closing a closed line does nothing. */
    @Override
    void close();
}
