package id.loket.storage;

import id.loket.domain.queue.QueuePolicy;
import id.loket.domain.queue.QueueRules;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * Call-next decided on the office server, in one statement of the counter's. A call locks the day's
 * queue state until it commits, so calls are made one at a time; decided at the counter, each of its
 * five statements under that lock crossed the LAN (through both ends of the tunnel) while every other
 * counter calling at that moment waited. At 20 counters that wait was most of a call's time (p99 about
 * 400 ms on a quiet machine). Run here, the lock is held for the server's own work only.
 * <p>
 * The server offers {@link #claimNext} as the function {@value #FUNCTION} (made by the owner at every
 * {@code loket serve} start, as {@link DurableCommit}). It runs with the counter's own connection, so with
 * the LAN account's rights and in the counter's statement, which commits it; the counter then waits for
 * {@value DurableCommit#FUNCTION} as after any write. The rules of the queue are the counter's own
 * settings, passed with each call.
 */
public final class ServerClaim {

    /** The function's name in the server's database. */
    public static final String FUNCTION = "LOKET_CLAIM_NEXT";

    private ServerClaim() {
    }

    /** Called by H2 on the server: the id of the ticket now called to the counter, or null when nobody waits. */
    public static Long claimNext(Connection connection, Date day, int counterNumber, long agentId, Timestamp now,
                                 int noShowCalls, int returnAfterCalls, int priorityMaxInRow) {
        TicketRepository tickets = new TicketRepository(Jdbc.joining(connection),
                new QueuePolicy(new QueueRules(noShowCalls, returnAfterCalls, priorityMaxInRow)));
        return tickets.claimNextHere(day.toLocalDate(), counterNumber, agentId, now.toLocalDateTime()).orElse(null);
    }

    /**
     * Offers the function (the owner's connection, at the server's start), made again each time so it
     * always names this version's method.
     */
    static void offer(Connection owner) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute("DROP ALIAS IF EXISTS " + FUNCTION);
            statement.execute("CREATE ALIAS " + FUNCTION + " FOR '" + ServerClaim.class.getName() + ".claimNext'");
        }
    }
}
