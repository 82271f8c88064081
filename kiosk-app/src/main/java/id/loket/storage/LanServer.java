package id.loket.storage;

import id.loket.config.LanSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LAN mode's server ({@code loket serve}): the office database, opened here with this PC's key, served
 * to the counters and the display board over TCP.
 *
 * <p>Two layers. H2's own TCP server listens on a port of its own and, without
 * {@code -tcpAllowOthers}, takes connections from this PC only. In front of it, on {@code lan.port},
 * a gate accepts a PC only if its address is in {@code lan.allowed-addresses} and passes its bytes
 * through to H2; any other PC is hung up on before it can say a word (H2 itself can only allow all
 * PCs or none). Behind the gate H2 checks the password of the database user
 * {@value Database#LAN_USER}, which is the LAN password bound to the key file
 * ({@link DatabaseKey#lanCredential}): a PC needs both.
 */
public final class LanServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LanServer.class);

    private final Database database;
    private final Server h2;
    private final ServerSocket gate;
    private final LanSettings settings;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    private LanServer(Database database, Server h2, ServerSocket gate, LanSettings settings) {
        this.database = database;
        this.h2 = h2;
        this.gate = gate;
        this.settings = settings;
    }

    /**
     * Opens the database in {@code dataDir} (migrating it: the server brings the schema up to date,
     * before any client connects), sets the LAN password and starts serving on {@code lan.port}
     * ({@code portOverride}, when not null, wins; 0 takes any free port, for tests).
     */
    public static LanServer start(Path dataDir, DatabaseKey key, LanSettings settings, Integer portOverride) {
        String password = settings.password().orElseThrow(() -> new StorageException(StorageException.Reason.FAILED,
                "lan.password is not set", null));
        Database database = Database.openEmbedded(dataDir, key);
        Server h2 = null;
        try {
            setLanPassword(database, key.lanCredential(password));
            // -key: a client asking for "loket" gets this very database (open, encrypted, through our
            // file system); any other name is refused. -ifExists: a client never makes a new database.
            h2 = Server.createTcpServer("-tcpPort", "0", "-baseDir", dataDir.toAbsolutePath().toString(), "-ifExists",
                    "-key", "loket", database.h2Name(),
                    "-tcpPassword", HexFormat.of().formatHex(SecureRandom.getSeed(16))).start();
            ServerSocket gate = new ServerSocket();
            gate.bind(new InetSocketAddress(portOverride != null ? portOverride : settings.port()));
            LanServer server = new LanServer(database, h2, gate, settings);
            Thread accept = new Thread(server::acceptLoop, "loket-lan-gate");
            accept.setDaemon(true);
            accept.start();
            LOG.info("Serving the database of {} on port {} (H2 on local port {})", dataDir, gate.getLocalPort(), h2.getPort());
            return server;
        } catch (SQLException | IOException | RuntimeException e) {
            if (h2 != null) {
                h2.stop();
            }
            database.close();
            if (e instanceof StorageException storage) {
                throw storage;
            }
            throw new StorageException(StorageException.Reason.FAILED, "Cannot start serving on the LAN: " + e.getMessage(), e);
        }
    }

    /** Makes the LAN user, or gives it the password derived from the settings (which may have changed). */
    private static void setLanPassword(Database database, String password) throws SQLException {
        String quoted = "'" + password.replace("'", "''") + "'";
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            // DDL takes no parameters; the password is quoted by hand and comes from the settings file.
            statement.execute("CREATE USER IF NOT EXISTS " + Database.LAN_USER + " PASSWORD " + quoted + " ADMIN");
            statement.execute("ALTER USER " + Database.LAN_USER + " SET PASSWORD " + quoted);
        }
    }

    /** The port the counters connect to. */
    public int port() {
        return gate.getLocalPort();
    }

    /** The URL a counter on this PC would use; other PCs put this PC's address instead of localhost. */
    public String localUrl() {
        return "jdbc:h2:tcp://localhost:" + port() + "/loket";
    }

    private void acceptLoop() {
        while (!closing) {
            Socket client;
            try {
                client = gate.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.error("The LAN gate stopped accepting connections", e);
                }
                return;
            }
            InetAddress from = client.getInetAddress();
            if (!settings.allows(from)) {
                LOG.warn("Refused a database connection from {}: not in lan.allowed-addresses", from.getHostAddress());
                closeQuietly(client);
                continue;
            }
            try {
                Socket inner = new Socket(InetAddress.getLoopbackAddress(), h2.getPort());
                open.add(client);
                open.add(inner);
                pipe(client, inner, "in");
                pipe(inner, client, "out");
            } catch (IOException e) {
                LOG.error("Cannot pass a connection from {} to the database", from.getHostAddress(), e);
                closeQuietly(client);
            }
        }
    }

    /** Copies bytes one way until either side hangs up, then closes both. */
    private void pipe(Socket from, Socket to, String direction) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                LOG.debug("LAN connection ended ({}): {}", direction, e.getMessage());
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "loket-lan-pipe-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing a LAN socket: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            gate.close();
        } catch (IOException e) {
            LOG.debug("Closing the LAN gate: {}", e.getMessage());
        }
        open.forEach(this::closeQuietly);
        h2.stop();
        database.close();
    }
}
