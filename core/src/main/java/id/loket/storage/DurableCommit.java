package id.loket.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * Makes a commit made over the LAN durable before the counter hears it is done. H2 writes a commit to
 * the file before it returns only when no other commit is being written at that moment (its store's
 * {@code tryCommit}); otherwise the commit waits in the server's memory for the next one. With a room
 * of counters saving at once that happens, and a server PC that then dies (power, crash, kill) loses a
 * save the agent was told was done: the LAN load harness lost one in a restart at 20 counters.
 * <p>
 * The server offers {@link #writeThrough} to its clients as the function {@value #FUNCTION} (made by the
 * owner at every {@code loket serve} start, {@link LanAccount}); {@link Jdbc} calls it after each write
 * over the LAN, and it returns once everything committed is in the file. The LAN account gets no new
 * right by it: calling a function the owner made needs none, making one needs admin.
 */
public final class DurableCommit {

    /** The function's name in the server's database. */
    public static final String FUNCTION = "LOKET_WRITTEN";

    private DurableCommit() {
    }

    /** Called by H2 on the server with the caller's own connection: writes what is committed, waiting its turn. */
    public static void writeThrough(Connection connection) throws SQLException {
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local) {
            local.getDatabase().getStore().getMvStore().commit();
        }
    }

    /** Offers the function (the owner's connection, at the server's start). */
    static void offer(Connection owner) throws SQLException {
        try (var statement = owner.createStatement()) {
            statement.execute("CREATE ALIAS IF NOT EXISTS " + FUNCTION + " FOR '" + DurableCommit.class.getName()
                    + ".writeThrough'");
        }
    }
}
