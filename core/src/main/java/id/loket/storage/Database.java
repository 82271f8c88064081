package id.loket.storage;

import id.loket.storage.crypt.EncryptedFilePath;
import id.loket.storage.lan.LanTunnel;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;
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
    /** Inside the data folder: the copies made before a newer Loket updates the schema. */
    public static final String BEFORE_MIGRATION = "before-schema-update";
    /** The database's owner, its only admin account (H2 keeps the name in upper case). */
    private static final String USER = "loket";
    /** The owner's password before it was derived from the key: databases made until December 2026. */
    private static final String LEGACY_OWNER_PASSWORD = "";
    /** H2's error codes for a server that cannot be reached or dropped the connection. */
    private static final int H2_CONNECTION_BROKEN = 90067;
    private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;
    /** H2's error code for a wrong user name or password (on a server also: a wrong file key). */
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    /** The host part of a server URL such as {@code jdbc:h2:tcp://192.168.1.10:9092/loket}. */
    private static final Pattern SERVER_HOST = Pattern.compile("^jdbc:h2:(?:tcp|ssl)://([^/:;]+)");
    /** Host, port and the settings after the database name of a server URL. */
    private static final Pattern SERVER_ADDRESS = Pattern.compile("^jdbc:h2:(?:tcp|ssl)://([^/:;]+)(?::(\\d+))?/[^;]*(.*)$");
    /** H2's port when a server URL names none; {@code lan.port}'s default is the same. */
    private static final int DEFAULT_SERVER_PORT = 9092;

    /** Where connections come from: a pool (over the LAN, one that checks a connection before handing it out). */
    private final DataSource pool;
    /** Gives the pool's connections back when the database is closed. */
    private final Runnable release;
    private final String url;
    /** Over the LAN: the encrypted connection to the server, which says when the server turned this PC away. */
    private final Optional<LanTunnel> tunnel;

    private Database(DataSource pool, Runnable release, String url, Optional<LanTunnel> tunnel) {
        this.pool = pool;
        this.release = release;
        this.url = url;
        this.tunnel = tunnel;
    }

    /**
     * Opens (creating when missing) the embedded database in {@code dataDir}, encrypted with
     * {@code key}. A database made before encryption is encrypted in place on its first open.
     */
    public static Database openEmbedded(Path dataDir, DatabaseKey key) {
        return openEmbedded(dataDir, key, false);
    }

    /**
     * Opens a database just restored from a backup into a folder of its own, to check it before it
     * replaces the live one: never makes a new database, and refuses
     * ({@link StorageException.Reason#NOT_A_LOKET_BACKUP}) one without Loket's schema history before
     * migrating anything. An H2 store of another program, or an empty one, would otherwise be
     * "migrated" into a fresh, empty Loket database and pass for a backup.
     */
    public static Database openRestored(Path dataDir, DatabaseKey key) {
        if (!Files.isRegularFile(dataDir.resolve(FILE_NAME + ".mv.db"))) {
            throw new StorageException(StorageException.Reason.NOT_A_LOKET_BACKUP,
                    "No restored database file in " + dataDir, null);
        }
        return openEmbedded(dataDir, key, true);
    }

    private static Database openEmbedded(Path dataDir, DatabaseKey key, boolean restored) {
        Path dir = prepareDataDir(dataDir);
        Path file = dir.resolve(FILE_NAME + ".mv.db");
        EncryptedFilePath.Key fileKey = EncryptedFilePath.register(key.fileKey());
        try {
            switch (StoredFile.of(file)) {
                case PLAIN -> encryptInPlace(dir, key);
                case ENCRYPTED -> requireKeyFits(fileKey, file);
                case NONE -> LOG.debug("No database in {} yet: a new one is made", dir);
                case UNKNOWN -> {
                    if (restored) {
                        // Empty, or a few stray bytes: H2 would take a 0-byte file for a new database.
                        throw new StorageException(StorageException.Reason.NOT_A_LOKET_BACKUP,
                                "The restored file " + file + " is neither encrypted nor an H2 file", null);
                    }
                    LOG.warn("{} is neither encrypted nor an H2 file; H2 will say what is wrong", file);
                }
            }
            // IFEXISTS: a restored file that vanished must not be replaced by a new, empty database.
            String url = embeddedUrl(fileKey, dir) + (restored ? ";IFEXISTS=TRUE" : "");
            // A restored file is a copy already, in a folder of its own: only the live one is kept.
            Optional<Path> keepBeforeMigrating = restored ? Optional.empty() : Optional.of(dir.resolve(BEFORE_MIGRATION));
            return open(connect(url, USER, key.ownerSecret(), fileKey::close), restored,
                    () -> adoptOwnerSecret(url, key.ownerSecret(), restored), keepBeforeMigrating);
        } catch (RuntimeException e) {
            fileKey.close();
            throw e;
        }
    }

    /** What the database file holds, told by its first bytes. */
    private enum StoredFile {
        NONE, PLAIN, ENCRYPTED, UNKNOWN;

        /** How an MVStore file starts: what the right key decrypts an encrypted one to. */
        private static final byte[] STORE_HEADER = "H:2,".getBytes(StandardCharsets.ISO_8859_1);

        static StoredFile of(Path file) {
            if (!Files.exists(file)) {
                return NONE;
            }
            try {
                if (EncryptedFilePath.isEncrypted(file)) {
                    return ENCRYPTED;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return Arrays.equals(in.readNBytes(STORE_HEADER.length), STORE_HEADER) ? PLAIN : UNKNOWN;
                }
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.FAILED, "Cannot read the database file " + file, e);
            }
        }
    }

    private static void requireKeyFits(EncryptedFilePath.Key fileKey, Path file) {
        try {
            if (!fileKey.decryptsTo(file, StoredFile.STORE_HEADER)) {
                throw new StorageException(StorageException.Reason.WRONG_KEY,
                        "The database cannot be decrypted with this key file: " + file, null);
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.FAILED, "Cannot read the database file " + file, e);
        }
    }

    /**
     * Gives the owner of a database made before the owner's password was derived from the key that
     * password. Called only after the derived password was refused, so it costs nothing once done
     * (H2 makes a wrong password wait a moment, once per old database).
     */
    private static void adoptOwnerSecret(String url, String secret, boolean restored) {
        JdbcDataSource owner = new JdbcDataSource();
        owner.setURL(url);
        try (Connection legacy = owner.getConnection(USER, LEGACY_OWNER_PASSWORD);
             Statement statement = legacy.createStatement()) {
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + secret + "'");
            LOG.info("The database owner's password is now derived from the key file");
        } catch (SQLException e) {
            if (restored && hasCode(e, H2_WRONG_USER_OR_PASSWORD)) {
                // Every Loket database has Loket's user; an H2 file of another program does not.
                throw new StorageException(StorageException.Reason.NOT_A_LOKET_BACKUP,
                        "The restored database has no Loket user: " + url, e);
            }
            throw translate(e, url);
        }
    }

    /** Opens the database at a JDBC URL as the default user, e.g. a plain file of an old version. */
    public static Database open(String url) {
        return open(url, LEGACY_OWNER_PASSWORD);
    }

    /**
     * Opens the office server's database ({@code jdbc:h2:tcp://host:port/loket}) as a LAN client,
     * through a {@link LanTunnel} (TLS, and the proof that both PCs hold the same key file and LAN
     * password). The LAN account's password is the LAN password bound to the key
     * ({@link DatabaseKey#lanCredential}). The server alone migrates the schema; a counter only checks
     * that the server's schema is not older than its own program.
     */
    public static Database openLan(String url, DatabaseKey key, String lanPassword) {
        Matcher server = SERVER_ADDRESS.matcher(url);
        if (!server.find()) {
            throw new StorageException(StorageException.Reason.FAILED, "Not a server URL: " + url, null);
        }
        String credential = key.lanCredential(lanPassword);
        LanTunnel tunnel;
        try {
            tunnel = LanTunnel.open(server.group(1), server.group(2) == null ? DEFAULT_SERVER_PORT
                    : Integer.parseInt(server.group(2)), credential);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.FAILED, "Cannot open the LAN connection: "
                    + e.getMessage(), e);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:tcp://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + tunnel.localPort()
                + "/" + LanServer.DATABASE_NAME + server.group(3));
        h2.setUser(LanAccount.USER);
        h2.setPassword(credential);
        HikariDataSource pool;
        try {
            pool = LanConnections.pool(h2);
        } catch (HikariPool.PoolInitializationException e) {
            // The pool's first connection is the probe: tried once, so a wrong password counts once at the gate.
            tunnel.close();
            Database refused = new Database(null, () -> { }, url, Optional.of(tunnel));
            throw e.getCause() instanceof SQLException sql ? refused.translate(sql)
                    : new StorageException(StorageException.Reason.FAILED, "Cannot connect to " + url, e);
        }
        Database database = new Database(new LanDataSource(pool, url), () -> {
            pool.close();
            tunnel.close();
        }, url, Optional.of(tunnel));
        database.requireServerSchemaCurrent();
        return database;
    }

    /** The host of a server URL ({@code jdbc:h2:tcp://192.168.1.10:9092/loket} gives 192.168.1.10). */
    public static Optional<String> serverHost(String url) {
        Matcher m = SERVER_HOST.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True for a counter or board connected to the office server (the server PC backs up, not this one). */
    public boolean isLanClient() {
        return tunnel.isPresent();
    }

    /** The host of the server PC, when this database is opened over the LAN. */
    public Optional<String> serverHost() {
        return serverHost(url);
    }

    /** True when {@code e} says the database server cannot be reached or dropped the connection. */
    static boolean isServerUnreachable(SQLException e) {
        // The LAN pool found no live connection and could make none in its wait: the server does not answer.
        if (e instanceof SQLTransientConnectionException || hasCode(e, H2_CONNECTION_BROKEN)
                || hasCode(e, H2_DATABASE_CALLED_AT_SHUTDOWN)) {
            return true;
        }
        // A connection cut in the middle of an answer: H2 reports the network's own exception.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code e} says the connection itself is gone (JDBC's connection class of errors, SQL
     * state 08, which H2 and the pool use for a closed session, a database shut down under it or a
     * connection the pool closed). Over the LAN that is the server going away, whatever words H2 chose.
     */
    static boolean isConnectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String embeddedUrl(EncryptedFilePath.Key fileKey, Path dir) {
        // The file system prefix encrypts every file of the database (see EncryptedFilePath).
        // FILE_LOCK=FILE (the default) makes a second process fail fast instead of corrupting the file;
        // WRITE_DELAY=0 writes each commit before it returns, so a confirmed save survives a power cut.
        return "jdbc:h2:" + fileKey.name(dir.resolve(FILE_NAME)) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private static void encryptInPlace(Path dir, DatabaseKey key) {
        try {
            LOG.info("Encrypting the database in {} (made before encryption was switched on)", dir);
            ChangeFileEncryption.execute(dir.toString(), FILE_NAME, "AES", null, key.fileKey(), true);
        } catch (SQLException e) {
            throw new StorageException(StorageException.Reason.FAILED, "Cannot encrypt the database in " + dir, e);
        }
    }

    private static Database open(String url, String password) {
        return open(url, USER, password, () -> { });
    }

    /** Opens a pool of connections to {@code url}; {@code afterClose} runs once the pool is gone. */
    private static Database open(String url, String user, String password, Runnable afterClose) {
        return open(connect(url, user, password, afterClose), false, null, Optional.empty());
    }

    private static Database connect(String url, String user, String password, Runnable afterClose) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
        pool.setMaxConnections(16);
        return new Database(pool, () -> {
            pool.dispose();
            afterClose.run();
        }, url, Optional.empty());
    }

    /**
     * Connects once to prove the database opens, then migrates; a restored one must already be Loket's.
     * When the owner's password is refused, {@code adoptLegacyOwner} (if any) may set it and the
     * connection is tried once more: a check done in the same connection as the real open, because
     * a separate one would open and close the database an extra time at every start.
     */
    private static Database open(Database database, boolean restored, Runnable adoptLegacyOwner,
                                 Optional<Path> keepBeforeMigrating) {
        try {
            database.probe();
        } catch (SQLException refused) {
            if (adoptLegacyOwner == null || !hasCode(refused, H2_WRONG_USER_OR_PASSWORD)) {
                database.release.run();
                throw translate(refused, database.url);
            }
            try {
                adoptLegacyOwner.run();
                database.probe();
            } catch (SQLException e) {
                database.release.run();
                throw translate(e, database.url);
            } catch (RuntimeException e) {
                database.release.run();
                throw e;
            }
        }
        if (restored) {
            database.requireSchemaHistory();
        }
        database.migrate(keepBeforeMigrating);
        return database;
    }

    private void probe() throws SQLException {
        try (Connection probe = pool.getConnection()) {
            LOG.debug("Database open: {} (H2 {})", url, probe.getMetaData().getDatabaseProductVersion());
        }
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

    /**
     * A counter whose program is newer than the server's schema must not migrate it (the LAN account
     * cannot, and the server is the one PC that may): it says to update the server PC first.
     */
    private void requireServerSchemaCurrent() {
        try {
            MigrationInfo[] pending = flyway().info().pending();
            if (pending.length > 0) {
                release.run();
                throw new StorageException(StorageException.Reason.SERVER_SCHEMA_OLDER,
                        "The office server's database schema is older than this program (" + pending.length
                                + " updates pending): update Loket on the server PC first", null);
            }
        } catch (FlywayException e) {
            release.run();
            throw new StorageException(StorageException.Reason.MIGRATION_FAILED,
                    "The office server's database schema cannot be read: " + e.getMessage(), e);
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
    }

    /** Refuses a database that Flyway never migrated: it holds no Loket schema. */
    private void requireSchemaHistory() {
        int applied;
        try {
            applied = flyway().info().applied().length;
        } catch (FlywayException e) {
            release.run();
            throw new StorageException(StorageException.Reason.NOT_A_LOKET_BACKUP,
                    "The schema history of " + url + " cannot be read: " + e.getMessage(), e);
        }
        if (applied == 0) {
            release.run();
            throw new StorageException(StorageException.Reason.NOT_A_LOKET_BACKUP,
                    "No Loket schema in " + url + " (no migration was ever applied)", null);
        }
    }

    /**
     * Brings the schema up to date. An existing database that a newer Loket is about to change is
     * first copied (a backup as {@link BackupStore} makes them) into {@code keepBeforeMigrating}: a
     * migration that fails halfway, or a new version the office wants to go back from, leaves the
     * database as it was at hand, for {@code loket restore} with the older program.
     */
    private void migrate(Optional<Path> keepBeforeMigrating) {
        try {
            Flyway flyway = flyway();
            keepBeforeMigrating.ifPresent(dir -> keepBeforeMigrating(flyway, dir));
            flyway.migrate();
        } catch (FlywayException e) {
            release.run();
            throw new StorageException(StorageException.Reason.MIGRATION_FAILED,
                    "The database schema could not be brought up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // No copy, no update: the schema is left as the older Loket made it.
            release.run();
            throw e;
        }
    }

    /** How many copies from before schema updates are kept: the last few updates can be gone back on. */
    private static final int KEPT_BEFORE_MIGRATION = 3;

    private void keepBeforeMigrating(Flyway flyway, Path dir) {
        MigrationInfoService info = flyway.info();
        if (info.applied().length == 0 || info.pending().length == 0) {
            return;
        }
        BackupStore copies = new BackupStore(new Jdbc(pool), dir);
        Path kept = copies.backup(LocalDateTime.now()).file();
        copies.prune(KEPT_BEFORE_MIGRATION);
        LOG.info("{} schema updates to make; the database as it was is kept in {}", info.pending().length, kept);
    }

    /** As {@link #translate(SQLException, String)}, knowing whether the server turned this PC away. */
    private StorageException translate(SQLException e) {
        if (tunnel.flatMap(LanTunnel::lastRefusal).isPresent()) {
            return new StorageException(StorageException.Reason.LAN_REFUSED,
                    "The database server refused the LAN password or key file: " + url, e);
        }
        return translate(e, url);
    }

    private static StorageException translate(SQLException e, String url) {
        if (isServerUnreachable(e)) {
            return new StorageException(StorageException.Reason.SERVER_UNREACHABLE,
                    "The database server does not answer: " + url, e);
        }
        if (hasCode(e, H2_WRONG_USER_OR_PASSWORD) && serverHost(url).isPresent()) {
            return new StorageException(StorageException.Reason.LAN_REFUSED,
                    "The database server refused the LAN password or key file: " + url, e);
        }
        if (isAlreadyOpen(e)) {
            return new StorageException(StorageException.Reason.IN_USE_BY_ANOTHER_PROGRAM,
                    "The database is in use by another program: " + url, e);
        }
        return new StorageException(StorageException.Reason.FAILED, "Cannot open the database " + url, e);
    }

    private static boolean isAlreadyOpen(SQLException e) {
        return hasCode(e, H2_DATABASE_ALREADY_OPEN);
    }

    private static boolean hasCode(SQLException e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
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

    /** The database's name as H2 knows it: the URL without {@code jdbc:h2:} and settings. */
    String h2Name() {
        String name = url.substring("jdbc:h2:".length());
        int settings = name.indexOf(';');
        return settings < 0 ? name : name.substring(0, settings);
    }

    @Override
    public void close() {
        release.run();
    }
}
