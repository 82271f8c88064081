package id.loket.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * A counter's connections to the office server, from the pool that keeps them ({@link LanConnections},
 * see {@link Database#openLan}). H2 connects to the local end of the LAN tunnel, so when the server is
 * gone its error names this PC's loopback; this names the server's URL instead, which is what the
 * counter then tells the agent ({@link Jdbc} does the same for a statement the server did not answer).
 */
final class LanDataSource implements DataSource {

    private final HikariDataSource h2;
    private final String serverUrl;

    LanDataSource(HikariDataSource h2, String serverUrl) {
        this.h2 = h2;
        this.serverUrl = serverUrl;
    }

    /**
     * The server did not answer on one of the kept connections: all of them are dropped (the idle ones
     * now, the ones in use when given back), so none is lent again. The pool checks only a connection
     * idle for half a second, and a board asks every 0.4 s: it was lent the same dead connection again
     * and again and never saw the server come back.
     */
    void serverWentAway() {
        h2.getHikariPoolMXBean().softEvictConnections();
    }

    /** The office server's URL as the settings name it, e.g. {@code jdbc:h2:tcp://192.168.1.10:9092/loket}. */
    String serverUrl() {
        return serverUrl;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return h2.getConnection();
        } catch (SQLException e) {
            throw named(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return h2.getConnection(username, password);
        } catch (SQLException e) {
            throw named(e);
        }
    }

    /** The same error (code and state kept, so it is judged the same), with the server's URL in its words. */
    private SQLException named(SQLException e) {
        return new SQLException("Office server " + serverUrl + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("H2 logs through its own trace");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
