package id.loket.storage.lan;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server PC's door to the office LAN, in front of H2's TCP server (which listens on this PC only).
 * A connection passes, in this order, or is hung up on:
 * <ol>
 *   <li>its address is allowed ({@code lan.allowed-addresses} or this PC) and not barred for failed
 *       logins: checked before a single byte is read or written;</li>
 *   <li>a TLS 1.3 handshake;</li>
 *   <li>{@link LanProof}: this server proves itself, then the counter proves it holds the key file and
 *       the LAN password;</li>
 *   <li>its H2 login asks for the database {@code loket} as the LAN account ({@link H2Login}), so no
 *       other account, admin or not, is reachable from the network.</li>
 * </ol>
 * A failure at 2–4 counts against the address ({@link AddressThrottle}) and is answered only after a
 * pause on that connection's own thread, so a flood slows down the PC that sends it and nobody else.
 */
public final class LanGate implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LanGate.class);
    /** Time a PC has to finish the handshake, the proof and its login; a real counter needs milliseconds. */
    static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(10);
    /** Answer to a failed login: long enough to make guessing slow, short enough for a mistyped password. */
    static final Duration FAILURE_PAUSE = Duration.ofSeconds(1);
    /**
     * Logins from one address still in progress. A counter keeps its few connections
     * ({@code LanConnections}) and logs in again only when one was dropped, so even several counters
     * behind one address rarely have more than a few logins under way; a flood opens hundreds. One
     * turned away here is not counted as a failure: its counter tries again a moment later.
     */
    static final int MAX_PENDING_PER_ADDRESS = 8;
    static final int MAX_FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    static final Duration BAN = Duration.ofMinutes(15);

    private final ServerSocket listener;
    private final Predicate<InetAddress> allowed;
    private final InetSocketAddress database;
    private final String databaseName;
    private final String lanUser;
    private final LanProof proof;
    private final SSLContext tls;
    private final AddressThrottle throttle;
    private final Map<InetAddress, AtomicInteger> pending = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loket-lan-gate-connection");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    private LanGate(ServerSocket listener, Predicate<InetAddress> allowed, InetSocketAddress database,
                    String databaseName, String lanUser, String credential, SSLContext tls, Clock clock) {
        this.listener = listener;
        this.allowed = allowed;
        this.database = database;
        this.databaseName = databaseName;
        this.lanUser = lanUser;
        this.proof = new LanProof(credential);
        this.tls = tls;
        this.throttle = new AddressThrottle(clock, MAX_FAILURES, FAILURE_WINDOW, BAN);
    }

    /**
     * Opens the gate on {@code port} (0: any free port) for H2's server at {@code database}, which
     * serves {@code databaseName} to {@code lanUser} whose password is {@code credential}.
     */
    public static LanGate open(int port, Predicate<InetAddress> allowed, InetSocketAddress database,
                               String databaseName, String lanUser, String credential, Clock clock)
            throws IOException {
        SSLContext tls;
        try {
            tls = LanTls.serverContext();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS for the LAN: " + e.getMessage(), e);
        }
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        LanGate gate = new LanGate(listener, allowed, database, databaseName, lanUser, credential, tls, clock);
        Thread accept = new Thread(gate::acceptLoop, "loket-lan-gate");
        accept.setDaemon(true);
        accept.start();
        return gate;
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closing) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.error("The LAN gate stopped accepting connections", e);
                }
                return;
            }
            InetAddress from = client.getInetAddress();
            if (!allowed.test(from)) {
                LOG.warn("Refused a database connection from {}: not in lan.allowed-addresses", from.getHostAddress());
                Pipe.close(client);
            } else if (throttle.isBanned(from)) {
                LOG.debug("Refused a connection from {}: barred after failed logins", from.getHostAddress());
                Pipe.close(client);
            } else if (pending.computeIfAbsent(from, a -> new AtomicInteger()).incrementAndGet()
                    > MAX_PENDING_PER_ADDRESS) {
                pending.get(from).decrementAndGet();
                LOG.warn("Refused a connection from {}: too many logins at once", from.getHostAddress());
                Pipe.close(client);
            } else {
                open.add(client);
                threads.execute(() -> admit(client, from));
            }
        }
    }

    /** Steps 2–4 of the class comment, on this connection's own thread. */
    private void admit(Socket client, InetAddress from) {
        Optional<String> refusal;
        try {
            client.setSoTimeout((int) LOGIN_TIMEOUT.toMillis());
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client, null, client.getPort(), true);
            secure.setUseClientMode(false);
            LanTls.restrict(secure);
            secure.startHandshake();
            refusal = login(secure, client, from);
        } catch (SocketTimeoutException e) {
            refusal = Optional.of("no login within " + LOGIN_TIMEOUT.toSeconds() + " s");
        } catch (SSLException e) {
            refusal = Optional.of("TLS failed: " + e.getMessage());
        } catch (IOException e) {
            refusal = Optional.of("connection ended during the login: " + e.getMessage());
        } finally {
            pending.get(from).decrementAndGet();
        }
        if (refusal.isPresent()) {
            refuse(client, from, refusal.get());
        }
    }

    /** The proofs and the H2 login; on success the connection is handed to H2 and empty is returned. */
    private Optional<String> login(SSLSocket secure, Socket client, InetAddress from) throws IOException {
        LanProof.send(secure.getOutputStream(), proof.of(LanProof.Role.SERVER, secure.getSession(), true));
        DataInputStream in = new DataInputStream(secure.getInputStream());
        if (!proof.check(in, proof.of(LanProof.Role.COUNTER, secure.getSession(), true))) {
            return Optional.of("wrong LAN password or key file");
        }
        secure.getOutputStream().write(LanProof.ACCEPTED);
        secure.getOutputStream().flush();
        Optional<H2Login> login = H2Login.read(in);
        if (login.isEmpty()) {
            return Optional.of("not an H2 login");
        }
        if (!login.get().user().equals(lanUser) || !login.get().database().equals(databaseName)) {
            return Optional.of("asked for user " + login.get().user() + " of database " + login.get().database());
        }
        secure.setSoTimeout(0);
        Socket inner = new Socket();
        inner.connect(database, (int) LOGIN_TIMEOUT.toMillis());
        open.add(inner);
        throttle.succeeded(from);
        Pipe.join(secure, inner, login.get().bytes(), threads, () -> {
            open.remove(client);
            open.remove(inner);
        });
        return Optional.empty();
    }

    private void refuse(Socket client, InetAddress from, String why) {
        boolean barred = throttle.failed(from);
        LOG.warn("Refused a LAN login from {}: {}{}", from.getHostAddress(), why,
                barred ? "; this address is barred for " + BAN.toMinutes() + " minutes" : "");
        try {
            Thread.sleep(FAILURE_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.remove(client);
        Pipe.close(client);
    }

    @Override
    public void close() {
        closing = true;
        Pipe.close(listener);
        open.forEach(Pipe::close);
        threads.shutdownNow();
    }
}
