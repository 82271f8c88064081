package id.loket.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that opens Loket's database: the embedded H2 file in the data folder, or the
 * office server's URL in LAN mode. Migrates the schema with Flyway before anyone uses it.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's error code for a file database locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String FILE_NAME = "loket";

    private final JdbcConnectionPool pool;
    private final String url;

    private Database(JdbcConnectionPool pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /** Opens (creating when missing) the embedded database in {@code dataDir}. */
    public static Database openEmbedded(Path dataDir) {
        Path dir = prepareDataDir(dataDir);
        // FILE_LOCK=FILE (the default) makes a second process fail fast instead of corrupting the file;
        // WRITE_DELAY=0 writes each commit before it returns, so a confirmed save survives a power cut.
        String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        return open(url);
    }

    /** Opens the database at a JDBC URL, e.g. the office server's {@code jdbc:h2:tcp://...}. */
    public static Database open(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "loket", "");
        pool.setMaxConnections(16);
        Database database = new Database(pool, url);
        try (Connection probe = pool.getConnection()) {
            LOG.debug("Database open: {} (H2 {})", url, probe.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, url);
        }
        database.migrate();
        return database;
    }

    private static Path prepareDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.DATA_DIR_UNUSABLE,
                    "Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StorageException(StorageException.Reason.DATA_DIR_UNUSABLE,
                    "The data folder is not writable: " + dataDir.toAbsolutePath(), null);
        }
        return dataDir;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageException(StorageException.Reason.MIGRATION_FAILED,
                    "The database schema could not be brought up to date: " + e.getMessage(), e);
        }
    }

    private static StorageException translate(SQLException e, String url) {
        if (isAlreadyOpen(e)) {
            return new StorageException(StorageException.Reason.IN_USE_BY_ANOTHER_PROGRAM,
                    "The database is in use by another program: " + url, e);
        }
        return new StorageException(StorageException.Reason.FAILED, "Cannot open the database " + url, e);
    }

    private static boolean isAlreadyOpen(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
