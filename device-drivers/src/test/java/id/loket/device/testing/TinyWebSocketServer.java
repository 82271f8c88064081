package id.loket.device.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small WebSocket server (RFC 6455) standing in for a reader vendor's local service: it takes one
 * client at a time, answers the opening handshake and sends text frames, fragmented messages and
 * binary frames; it can drop the connection to test reconnecting.
 */
public final class TinyWebSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Socket client;

    public TinyWebSocketServer() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "tiny websocket server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url(String path) {
        return "ws://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** How many clients completed the handshake so far. */
    public int connections() {
        return connections.get();
    }

    public boolean connected() {
        Socket current = client;
        return current != null && !current.isClosed();
    }

    public void sendText(String text) throws IOException {
        frame(0x81, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One message in two frames: text without FIN, then a continuation with FIN. */
    public void sendFragmented(String first, String second) throws IOException {
        frame(0x01, first.getBytes(StandardCharsets.UTF_8));
        frame(0x80, second.getBytes(StandardCharsets.UTF_8));
    }

    public void sendBinary(byte[] bytes) throws IOException {
        frame(0x82, bytes);
    }

    /** Drops the connection without a close frame, as a crashing service would. */
    public void drop() throws IOException {
        Socket current = client;
        client = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public void close() throws IOException {
        drop();
        server.close();
    }

    private synchronized void frame(int first, byte[] payload) throws IOException {
        Socket current = client;
        if (current == null) {
            throw new IOException("no client connected");
        }
        OutputStream out = current.getOutputStream();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(first);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else if (payload.length < 65_536) {
            frame.write(126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift) & 0xFF);
            }
        }
        frame.writeBytes(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                handshake(socket);
                client = socket;
                connections.incrementAndGet();
                Thread reader = new Thread(() -> discardFrames(socket), "tiny websocket reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("tiny websocket server: " + e);
                }
            }
        }
    }

    private static void handshake(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String key = null;
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("client left during the handshake");
            }
            if (b == '\n') {
                String text = line.toString().strip();
                line.setLength(0);
                if (text.isEmpty()) {
                    break;
                }
                if (text.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = text.substring(text.indexOf(':') + 1).strip();
                }
            } else {
                line.append((char) b);
            }
        }
        if (key == null) {
            throw new IOException("no Sec-WebSocket-Key");
        }
        String accept;
        try {
            accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n";
        socket.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** Reads and drops what the client sends (masked control frames) until it goes. */
    private static void discardFrames(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                Thread.onSpinWait();
            }
        } catch (IOException e) {
            // The socket was closed by drop() or by the client: that is the end of this reader.
            Thread.currentThread().interrupt();
        }
    }
}
