package id.loket.storage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Plain JDBC with the ceremony taken out. Statements run in the transaction of the calling thread when
 * one is open ({@link #inTransaction}), otherwise each in its own auto-committed connection. Values are
 * always bound as parameters, never concatenated into SQL.
 */
public final class Jdbc {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** How long H2 may hold a commit during a bulk transaction before its background thread writes it. */
    private static final int BULK_WRITE_DELAY_MILLIS = 100;

    private final DataSource dataSource;
    /** The caller's own connection, for work the server runs inside a client's statement ({@link #joining}). */
    private final Connection joined;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** Bulk transactions running now; while there are any, H2 writes in the background. */
    private final AtomicInteger bulkTransactions = new AtomicInteger();
    private volatile Boolean remote;
    /** H2's error code for a function the database does not have. */
    static final int H2_FUNCTION_NOT_FOUND = 90022;
    /** False once the server turned out to be older than {@link DurableCommit}. */
    private volatile boolean serverWritesThrough = true;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
        this.joined = null;
    }

    private Jdbc(Connection joined) {
        this.dataSource = null;
        this.joined = joined;
    }

    /**
     * A Jdbc for a function the server runs within a client's statement ({@link ServerClaim}): every
     * statement runs on that statement's own connection and in its transaction, which the client's
     * statement commits; nothing here commits, closes or writes through.
     */
    static Jdbc joining(Connection connection) {
        return new Jdbc(connection);
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. Nested calls join
     * the outer transaction.
     */
    public <T> T inTransaction(Work<T> work) {
        if (current.get() != null || joined != null) {
            return call(work);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            T result;
            try {
                result = work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollBackAfter(connection, e);
                throw e;
            } finally {
                current.remove();
            }
            writtenThrough(connection);
            return result;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Undoes the work that failed with {@code failure}. When the connection is gone (the office server
     * stopped in the middle) the rollback fails too, and the server undoes the work itself; that second
     * failure is kept beside the first, never in its place, so the agent is told why the work failed
     * (the server is away) rather than that a rollback did.
     */
    private static void rollBackAfter(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    /**
     * As {@link #inTransaction}, for one large piece of work such as a city's RT lists (a quarter of a
     * million rows): still all or nothing, but on the embedded database H2 writes pages in a
     * background thread meanwhile ({@code WRITE_DELAY}), on the second core, instead of stopping the
     * work for every write: a city's import went from about 12.5 s to 8.5 s. What it costs is kept small:
     * <ul>
     *   <li>every other write through this Jdbc while it runs is written to disk before it returns
     *       ({@code CHECKPOINT}), so a confirmed save still survives a power cut;</li>
     *   <li>the setting goes back to 0 and everything is written before this returns;</li>
     *   <li>a crash in between rolls the work back, and the next open sets {@code WRITE_DELAY=0}
     *       again from the URL.</li>
     * </ul>
     * Over the LAN it is a plain transaction: the setting would change the server for every counter,
     * and stay changed if this PC died in the middle.
     */
    public <T> T inBulkTransaction(Work<T> work) {
        if (current.get() != null || joined != null || isRemote()) {
            return inTransaction(work);
        }
        if (bulkTransactions.getAndIncrement() == 0) {
            execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MILLIS);
        }
        try {
            return inTransaction(work);
        } finally {
            if (bulkTransactions.decrementAndGet() == 0) {
                execute("SET WRITE_DELAY 0");
            }
            execute("CHECKPOINT");
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params, false);
                 ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    /** Hands each row to {@code consumer} as it is read, for results too large to hold as a list. */
    public void forEach(String sql, RowConsumer consumer, Object... params) {
        withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params, false);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
                return null;
            }
        });
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        if (rows.size() > 1) {
            throw new StorageException(StorageException.Reason.FAILED,
                    "Expected at most one row, got " + rows.size() + " for: " + sql, null);
        }
        return rows.stream().findFirst();
    }

    public long count(String sql, Object... params) {
        return one(sql, row -> row.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        return writing(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params, false)) {
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Runs {@code sql} once for each row of parameters, sent to the database together: one round of
     * statement work for many rows. Returns the number of rows changed. Inside {@link #inTransaction}
     * the rows commit or roll back with the rest of the work.
     */
    public long batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return writing(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] params : rows) {
                    bind(statement, params);
                    statement.addBatch();
                }
                long changed = 0;
                for (int count : statement.executeBatch()) {
                    // SUCCESS_NO_INFO: the row was done but the driver did not count it.
                    changed += count == Statement.SUCCESS_NO_INFO ? 1 : count;
                }
                return changed;
            }
        });
    }

    /**
     * A statement that changes data and answers with one value, such as a call of a function the server
     * offers: outside a transaction it commits at once and is on disk before this returns, like any write.
     */
    public <T> T writeAnswering(String sql, RowMapper<T> mapper, Object... params) {
        return writing(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params, false);
                 ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("No answer from: " + sql);
                }
                return mapper.map(rows);
            }
        });
    }

    /** Inserts one row and returns its generated id. */
    public long insert(String sql, Object... params) {
        return writing(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params, true)) {
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No generated key for: " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A write: outside a transaction it commits at once, and must then be on disk as usual. */
    private <T> T writing(ConnectionWork<T> work) {
        if (current.get() != null || joined != null) {
            return withConnection(work);
        }
        return withConnection(connection -> {
            T result = work.run(connection);
            writtenThrough(connection);
            return result;
        });
    }

    /**
     * Makes the commit just made durable before it is reported done: while a bulk transaction has H2
     * writing in the background, with a checkpoint; over the LAN, by the server's {@link DurableCommit}
     * (H2 may otherwise hold a commit in memory while another is being written).
     */
    private void writtenThrough(Connection connection) throws SQLException {
        if (bulkTransactions.get() > 0) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        } else if (isRemote() && serverWritesThrough) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CALL " + DurableCommit.FUNCTION + "()");
            } catch (SQLException e) {
                if (!hasCode(e, H2_FUNCTION_NOT_FOUND)) {
                    throw e;
                }
                // A server of the same schema from before the function: its commits are as durable as H2 makes them.
                serverWritesThrough = false;
                LoggerFactory.getLogger(Jdbc.class).warn("The office server offers no {}: update Loket on the "
                        + "server PC, so a save is on its disk before the counter says it is done", DurableCommit.FUNCTION);
            }
        }
    }

    static boolean hasCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private void execute(String sql) {
        withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute(sql);
            }
        });
    }

    /** Whether the database is the office server's, over the LAN. */
    boolean isRemote() {
        if (joined != null) {
            return false;
        }
        Boolean known = remote;
        if (known == null) {
            String url = withConnection(connection -> connection.getMetaData().getURL());
            known = url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
            remote = known;
        }
        return known;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection open = current.get() != null ? current.get() : joined;
        try {
            if (open != null) {
                return work.run(open);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] params, boolean keys)
            throws SQLException {
        PreparedStatement statement = keys
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        bind(statement, params);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, toJdbc(params[i]));
        }
    }

    private static Object toJdbc(Object value) {
        if (value instanceof Optional<?> optional) {
            return toJdbc(optional.orElse(null));
        }
        if (value instanceof LocalDateTime time) {
            return Timestamp.valueOf(time);
        }
        if (value instanceof LocalDate day) {
            return Date.valueOf(day);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Character c) {
            return String.valueOf(c);
        }
        return value;
    }

    private StorageException failed(SQLException e) {
        boolean overTheLan = dataSource instanceof LanDataSource;
        if (Database.isServerUnreachable(e) || overTheLan && Database.isConnectionLost(e)) {
            // Over the LAN H2 talks to this PC's end of the tunnel: the words name the server PC instead.
            String server = "";
            if (dataSource instanceof LanDataSource lan) {
                lan.serverWentAway();
                server = " " + lan.serverUrl();
            }
            return new StorageException(StorageException.Reason.SERVER_UNREACHABLE,
                    "The database server" + server + " does not answer: " + e.getMessage(), e);
        }
        return new StorageException(StorageException.Reason.FAILED, "Database statement failed: " + e.getMessage(), e);
    }

    /** Reads a nullable timestamp column. */
    public static Optional<LocalDateTime> time(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return Optional.ofNullable(value).map(Timestamp::toLocalDateTime);
    }

    /** Reads a nullable text column. */
    public static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }
}
