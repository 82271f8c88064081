package id.loket.storage.lan;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A counter's end of the LAN connection: H2's client talks plain TCP to a port on this PC's loopback,
 * and each such connection is carried to the server's {@link LanGate} in TLS, after the server proved
 * it knows the office's key file and LAN password and this PC proved the same ({@link LanProof}).
 * H2's client thus never sends a byte over the network unencrypted, and never to a server that cannot
 * make the proof.
 */
public final class LanTunnel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LanTunnel.class);
    /** How long a counter waits for the server PC to answer before saying it cannot be reached. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** Why the last connection did not get through, when it was the server's answer rather than the network. */
    public enum Refusal {
        /** The server could not prove it knows this PC's key file and LAN password (or it refused ours). */
        NOT_THE_SAME_OFFICE
    }

    private final ServerSocket local;
    private final String host;
    private final int port;
    private final LanProof proof;
    private final SSLContext tls;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loket-lan-tunnel");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Refusal lastRefusal;
    private volatile boolean closing;

    private LanTunnel(ServerSocket local, String host, int port, String credential, SSLContext tls) {
        this.local = local;
        this.host = host;
        this.port = port;
        this.proof = new LanProof(credential);
        this.tls = tls;
    }

    /** Opens the local end; nothing is sent to {@code host} until H2 connects. */
    public static LanTunnel open(String host, int port, String credential) throws IOException {
        SSLContext tls;
        try {
            tls = LanTls.clientContext();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS for the LAN: " + e.getMessage(), e);
        }
        ServerSocket local = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        LanTunnel tunnel = new LanTunnel(local, host, port, credential, tls);
        Thread accept = new Thread(tunnel::acceptLoop, "loket-lan-tunnel-accept");
        accept.setDaemon(true);
        accept.start();
        return tunnel;
    }

    /** The loopback port H2's client connects to. */
    public int localPort() {
        return local.getLocalPort();
    }

    /** Why the last connection was turned away by the server's side, if it was. */
    public Optional<Refusal> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    private void acceptLoop() {
        while (!closing) {
            Socket h2;
            try {
                h2 = local.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.error("The LAN tunnel stopped accepting connections", e);
                }
                return;
            }
            open.add(h2);
            threads.execute(() -> carry(h2));
        }
    }

    private void carry(Socket h2) {
        Socket remote = new Socket();
        try {
            remote.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            open.add(remote);
            remote.setSoTimeout((int) LanGate.LOGIN_TIMEOUT.toMillis() + (int) LanGate.FAILURE_PAUSE.toMillis());
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(remote, host, port, true);
            LanTls.restrict(secure);
            secure.startHandshake();
            DataInputStream in = new DataInputStream(secure.getInputStream());
            if (!proof.check(in, proof.of(LanProof.Role.SERVER, secure.getSession(), false))) {
                refused("the server at " + host + ":" + port + " did not prove it knows this PC's key file and LAN password");
                hangUp(h2, remote);
                return;
            }
            LanProof.send(secure.getOutputStream(), proof.of(LanProof.Role.COUNTER, secure.getSession(), false));
            if (in.read() != LanProof.ACCEPTED) {
                refused("the server at " + host + ":" + port + " refused this PC's key file or LAN password");
                hangUp(h2, remote);
                return;
            }
            remote.setSoTimeout(0);
            lastRefusal = null;
            Pipe.join(h2, secure, new byte[0], threads, () -> {
                open.remove(h2);
                open.remove(remote);
            });
        } catch (IOException e) {
            // The server is off, unplugged or barred this PC: H2's client sees the connection end and
            // reports the server as unreachable, which is what the counter then says.
            LOG.debug("No LAN connection to {}:{}: {}", host, port, e.getMessage());
            hangUp(h2, remote);
        }
    }

    private void refused(String why) {
        lastRefusal = Refusal.NOT_THE_SAME_OFFICE;
        LOG.warn("LAN connection refused: {}", why);
    }

    private void hangUp(Socket h2, Socket remote) {
        open.remove(h2);
        open.remove(remote);
        Pipe.close(h2);
        Pipe.close(remote);
    }

    @Override
    public void close() {
        closing = true;
        Pipe.close(local);
        open.forEach(Pipe::close);
        threads.shutdownNow();
    }
}
