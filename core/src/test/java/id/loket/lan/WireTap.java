package id.loket.lan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** An eavesdropper on the wire: relays one loopback port to another and keeps a copy of every byte, both ways. */
final class WireTap implements AutoCloseable {

    private final ServerSocket listener;
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();

    private WireTap(ServerSocket listener) {
        this.listener = listener;
    }

    static WireTap between(int targetPort) throws IOException {
        WireTap tap = new WireTap(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread accept = new Thread(() -> tap.relayAll(targetPort), "wire-tap");
        accept.setDaemon(true);
        accept.start();
        return tap;
    }

    int port() {
        return listener.getLocalPort();
    }

    byte[] recorded() {
        synchronized (recorded) {
            return recorded.toByteArray();
        }
    }

    private void relayAll(int targetPort) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                copy(client, target);
                copy(target, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void copy(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (recorded) {
                        recorded.write(buffer, 0, n);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // the connection ended; what was seen is recorded
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // both are being closed anyway
                }
            }
        }, "wire-tap-copy");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
