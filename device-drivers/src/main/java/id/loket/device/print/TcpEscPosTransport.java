package id.loket.device.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** A network receipt printer on its raw port (9100). One connection per job: others may print too. */
public final class TcpEscPosTransport implements EscPosTransport {

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;

    public TcpEscPosTransport(String host, int port, int connectTimeoutMillis) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public Connection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        return new Connection() {
            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public int read(int timeoutMillis) throws IOException {
                socket.setSoTimeout(Math.max(1, timeoutMillis));
                try {
                    return in.read();
                } catch (SocketTimeoutException e) {
                    return -1;
                }
            }

            @Override
            public void close() {
                try {
                    socket.shutdownOutput();
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(TcpEscPosTransport.class)
                            .debug("{}:{} closed before we did: {}", host, port, e.toString());
                }
                try {
                    socket.close();
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(TcpEscPosTransport.class)
                            .debug("closing {}:{} failed: {}", host, port, e.toString());
                }
            }
        };
    }

    @Override
    public String describe() {
        return host + ":" + port;
    }
}
