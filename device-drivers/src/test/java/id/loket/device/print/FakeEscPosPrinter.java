package id.loket.device.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network receipt printer on a loopback port: it records every byte of every connection and answers
 * DLE EOT status requests with the status bytes the test sets (or not at all, like a printer that
 * does not report status).
 */
final class FakeEscPosPrinter implements AutoCloseable {

    private final ServerSocket server;
    private final List<byte[]> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    volatile boolean answersStatus = true;
    volatile int printerStatus = 0x12;
    volatile int offlineCause = 0x12;
    volatile int paperStatus = 0x12;
    /** Paper status reported from the second query of a connection on (paper running out mid-job). */
    volatile Integer paperStatusLater;

    FakeEscPosPrinter() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "fake escpos printer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Each finished connection's bytes, in order. */
    List<byte[]> connections() {
        return List.copyOf(connections);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                serve(socket);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("fake printer: " + e);
                }
            }
        }
    }

    private void serve(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int paperQueries = 0;
        int b;
        int previous2 = -1;
        int previous1 = -1;
        try {
            while ((b = in.read()) >= 0) {
                received.write(b);
                if (previous2 == 0x10 && previous1 == 0x04 && answersStatus) {
                    int answer = switch (b) {
                        case 1 -> printerStatus;
                        case 2 -> offlineCause;
                        case 4 -> paperQueries++ > 0 && paperStatusLater != null ? paperStatusLater : paperStatus;
                        default -> -1;
                    };
                    if (answer >= 0) {
                        out.write(answer);
                        out.flush();
                    }
                }
                previous2 = previous1;
                previous1 = b;
            }
        } finally {
            connections.add(received.toByteArray());
        }
    }
}
