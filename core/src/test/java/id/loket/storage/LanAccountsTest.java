package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.config.LanSettings;
import id.loket.storage.lan.LanTunnel;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each database account can do over the LAN, tried as an attacker would: with H2's own client,
 * through a tunnel that holds the key file and the LAN password (a stolen counter PC), and without one.
 */
class LanAccountsTest {

    private static final String PASSWORD = "kata-sandi-lan-2026";

    @TempDir
    static Path dir;
    private static Path dataDir;
    private static DatabaseKey key;
    private static LanServer server;
    private static LanTunnel stolenCounter;

    @BeforeAll
    static void serveADemoOffice() throws IOException {
        dataDir = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(dataDir, 10)) {
            assertThat(app.foundation().office().name()).isNotBlank();
        }
        key = DatabaseKey.loadOrCreate(TestApps.keyFile(dataDir));
        server = LanServer.start(dataDir, key, new LanSettings(9092, List.of(), Optional.of(PASSWORD)), 0,
                Clock.systemUTC());
        stolenCounter = LanTunnel.open("localhost", server.port(), key.lanCredential(PASSWORD));
    }

    @AfterAll
    static void stop() {
        stolenCounter.close();
        server.close();
    }

    private static Connection throughTunnel(String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + stolenCounter.localPort() + "/loket",
                user, password);
    }

    private static Connection asLanAccount() throws SQLException {
        return throughTunnel(LanAccount.USER, key.lanCredential(PASSWORD));
    }

    @Test
    void noAccountButTheLanAccountGetsThroughTheGate() {
        assertThatThrownBy(() -> throughTunnel("loket", "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> throughTunnel("sa", "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> throughTunnel("SA", "sa").close()).isInstanceOf(SQLException.class);
        // The owner with its real secret, which any holder of the key file can work out: still refused.
        assertThatThrownBy(() -> throughTunnel("loket", key.ownerSecret()).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> throughTunnel("Loket_Lan", PASSWORD).close())
                .as("the raw LAN password is not the account's password").isInstanceOf(SQLException.class);
    }

    @Test
    void h2sOwnClientWithoutTheTunnelIsRefused() {
        for (String[] login : new String[][] {{"loket", ""}, {"sa", ""}, {LanAccount.USER, PASSWORD},
                {LanAccount.USER, key.lanCredential(PASSWORD)}}) {
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:tcp://localhost:" + server.port() + "/loket",
                    login[0], login[1]).close()).as(login[0]).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theLanAccountReadsAndWritesTheAppsTables() throws SQLException {
        try (Connection lan = asLanAccount(); Statement sql = lan.createStatement()) {
            lan.setAutoCommit(false);
            assertThat(count(sql, "SELECT COUNT(*) FROM household")).isEqualTo(10);
            assertThat(sql.executeUpdate("UPDATE household SET head_name = head_name")).isEqualTo(10);
            assertThat(sql.executeUpdate("INSERT INTO audit_event (at, actor, action) VALUES "
                    + "(CURRENT_TIMESTAMP, 'agen1', 'LOGIN')")).isEqualTo(1);
            assertThat(count(sql, "SELECT COUNT(*) FROM audit_event")).isPositive();
            lan.rollback();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE audit_event SET actor = 'nobody'",
        "DELETE FROM audit_event",
        "TRUNCATE TABLE audit_event",
        "DROP TABLE audit_event",
        "DELETE FROM \"flyway_schema_history\"",
        "CREATE TABLE loot (x INT)",
        "ALTER TABLE household ADD COLUMN loot INT",
        "CREATE ALIAS RUN_JAVA AS 'String run(String c) throws Exception { return c; }'",
        "CALL FILE_READ('/etc/passwd')",
        "SELECT FILE_WRITE('x', '/tmp/loket-lan-attack')",
        "CALL CSVWRITE('/tmp/loket-lan-attack.csv', 'SELECT * FROM household')",
        "SCRIPT TO '/tmp/loket-lan-attack.sql'",
        "BACKUP TO '/tmp/loket-lan-attack.zip'",
        "RUNSCRIPT FROM '/tmp/loket-lan-attack.sql'",
        "CREATE LINKED TABLE loot ('org.h2.Driver', 'jdbc:h2:mem:x', '', '', 'T')",
        "ALTER USER LOKET_LAN ADMIN TRUE",
        "CREATE USER intruder PASSWORD 'x' ADMIN",
        "ALTER USER LOKET SET PASSWORD 'x'",
        "GRANT ALL ON SCHEMA PUBLIC TO LOKET_LAN",
        "SET WRITE_DELAY 100000",
        "SHUTDOWN"
    })
    void theLanAccountCannot(String attack) throws SQLException {
        try (Connection lan = asLanAccount(); Statement sql = lan.createStatement()) {
            assertThatThrownBy(() -> sql.execute(attack)).isInstanceOf(SQLException.class);
        }
        try (Connection lan = asLanAccount(); Statement sql = lan.createStatement()) {
            assertThat(count(sql, "SELECT COUNT(*) FROM household")).as("still serving").isEqualTo(10);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
