package id.loket.storage.lan;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Copies bytes both ways between two sockets until either side hangs up, then closes both. */
final class Pipe {

    private static final Logger LOG = LoggerFactory.getLogger(Pipe.class);

    private Pipe() {
    }

    /**
     * Joins {@code a} and {@code b}; {@code fromA} are bytes already read from {@code a} that {@code b}
     * must get first. {@code onClose} runs once, when the connection is over.
     */
    static void join(Socket a, Socket b, byte[] fromA, ExecutorService threads, Runnable onClose) throws IOException {
        // H2 talks in small requests and answers: without this, Nagle's algorithm holds each one back
        // until the other side's delayed acknowledgement, tens of milliseconds per round trip.
        a.setTcpNoDelay(true);
        b.setTcpNoDelay(true);
        b.getOutputStream().write(fromA);
        b.getOutputStream().flush();
        Runnable closeBoth = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (!done) {
                    done = true;
                    close(a);
                    close(b);
                    onClose.run();
                }
            }
        };
        threads.execute(() -> copy(a, b, closeBoth));
        threads.execute(() -> copy(b, a, closeBoth));
    }

    private static void copy(Socket from, Socket to, Runnable closeBoth) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("LAN connection ended: {}", e.getMessage());
        } finally {
            closeBoth.run();
        }
    }

    static void close(Closeable socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing a LAN socket: {}", e.getMessage());
        }
    }
}
