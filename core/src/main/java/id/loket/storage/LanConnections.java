package id.loket.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A counter's few connections to the office server, kept and used again. Each new connection costs a
 * TLS handshake, both proofs of the key file and an H2 login at the server's gate; made for every piece
 * of work, a busy counter kept the gate handling logins all day, and a room of counters at once passed
 * the gate's limit of logins in progress per address. Every connection the pool makes still goes
 * through the whole gate ({@link id.loket.storage.lan.LanTunnel}); keeping it changes nothing the gate
 * checks.
 * <p>
 * A connection the server dropped (the server PC restarted, the cable was out) is not handed out again:
 * one not used for half a second is checked with a round trip to the server before it is lent, and a
 * dead one is replaced by a new login. So the counter works again as soon as the server answers.
 */
final class LanConnections {

    /** A counter uses one or two at a time (the console, the form, a print job); the board one. */
    static final int SIZE = 4;
    /**
     * How long a piece of work waits for a connection when the server does not answer, before the
     * counter says the server cannot be reached: a little longer than the tunnel's own connect timeout,
     * so a server PC that is merely slow to answer is not reported gone.
     */
    static final Duration WAIT_FOR_SERVER = Duration.ofSeconds(4);
    /** A kept connection not used for this long is closed (the server holds a session for each one). */
    private static final Duration IDLE = Duration.ofMinutes(10);

    private LanConnections() {
    }

    /**
     * A pool over {@code connections}, which makes one new, fully proven connection per call. The first
     * connection is made here, once: a server that refuses this PC is told at once (and counted once
     * at the gate, not retried into a ban).
     */
    static HikariDataSource pool(DataSource connections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("loket-lan");
        config.setDataSource(connections);
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        config.setIdleTimeout(IDLE.toMillis());
        config.setConnectionTimeout(WAIT_FOR_SERVER.toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }
}
