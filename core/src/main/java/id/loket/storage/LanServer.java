package id.loket.storage;

import id.loket.config.LanSettings;
import id.loket.storage.lan.LanGate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LAN mode's server ({@code loket serve}): the office database, opened here with this PC's key, served
 * to the counters and the display board.
 *
 * <p>H2's own TCP server takes connections from this PC only (no {@code -tcpAllowOthers}). The office
 * LAN reaches it only through {@link LanGate} on {@code lan.port}: allowed addresses, TLS, proof of the
 * key file and LAN password, and a login as {@value LanAccount#USER}, the account with the data
 * rights the counters need and nothing more ({@link LanAccount}). The database's owner, its only
 * admin, is used on this PC alone.
 */
public final class LanServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LanServer.class);
    /** The database name counters ask for ({@code jdbc:h2:tcp://host:port/loket}). */
    static final String DATABASE_NAME = "loket";

    private final Database database;
    private final Server h2;
    private final LanGate gate;

    private LanServer(Database database, Server h2, LanGate gate) {
        this.database = database;
        this.h2 = h2;
        this.gate = gate;
    }

    /**
     * Opens the database in {@code dataDir} (migrating it: the server brings the schema up to date,
     * before any client connects), sets the LAN account and starts serving on {@code lan.port}
     * ({@code portOverride}, when not null, wins; 0 takes any free port, for tests). The gate counts an address's
     * failed logins on {@code clock}.
     */
    public static LanServer start(Path dataDir, DatabaseKey key, LanSettings settings, Integer portOverride,
                                  Clock clock) {
        String password = settings.password().orElseThrow(() -> new StorageException(StorageException.Reason.FAILED,
                "lan.password is not set", null));
        String credential = key.lanCredential(password);
        Database database = Database.openEmbedded(dataDir, key);
        Server h2 = null;
        try {
            try (Connection owner = database.dataSource().getConnection()) {
                LanAccount.prepare(owner, credential);
                DurableCommit.offer(owner);
                ServerClaim.offer(owner);
            }
            // -key: a client asking for "loket" gets this very database (open, encrypted, through our
            // file system); any other name is refused. -ifExists: a client never makes a new database.
            h2 = Server.createTcpServer("-tcpPort", "0", "-baseDir", dataDir.toAbsolutePath().toString(), "-ifExists",
                    "-key", DATABASE_NAME, database.h2Name(),
                    "-tcpPassword", HexFormat.of().formatHex(SecureRandom.getSeed(16))).start();
            LanGate gate = LanGate.open(portOverride != null ? portOverride : settings.port(), settings::allows,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), h2.getPort()), DATABASE_NAME,
                    LanAccount.USER, credential, clock);
            LOG.info("Serving the database of {} on port {} (H2 on local port {})", dataDir, gate.port(), h2.getPort());
            return new LanServer(database, h2, gate);
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

    /** The port the counters connect to. */
    public int port() {
        return gate.port();
    }

    /** The URL a counter on this PC would use; other PCs put this PC's address instead of localhost. */
    public String localUrl() {
        return "jdbc:h2:tcp://localhost:" + port() + "/" + DATABASE_NAME;
    }

    /** The served database, for the server's own work (its daily backup). */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        gate.close();
        h2.stop();
        database.close();
    }
}
