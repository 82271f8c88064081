package id.loket.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The one database account the counters and the display board use over the LAN ({@value #USER}):
 * no admin, only the data rights the application needs, table by table. No DDL, no {@code CREATE
 * ALIAS}, no file functions, no user management (all of them need admin in H2); the audit trail can
 * be read and added to, never changed. Set again at every {@code loket serve} start, after the
 * migrations, so a table added by a later version gets its rights and an account made by an earlier
 * version (which was admin) loses what it should not have.
 */
final class LanAccount {

    static final String USER = "LOKET_LAN";
    /** Tables whose rows are history: added to, never changed or removed. */
    private static final List<String> APPEND_ONLY = List.of("AUDIT_EVENT");
    /** Read only: a counter checks the schema version, the server alone migrates. */
    private static final List<String> READ_ONLY = List.of("flyway_schema_history");

    private LanAccount() {
    }

    /** Makes the account or sets its password (derived from the settings, which may have changed) and rights. */
    static void prepare(Connection owner, String credential) throws SQLException {
        String password = "'" + credential.replace("'", "''") + "'";
        try (Statement statement = owner.createStatement()) {
            // DDL takes no parameters; the credential is hex digits from DatabaseKey, quoted all the same.
            statement.execute("CREATE USER IF NOT EXISTS " + USER + " PASSWORD " + password);
            statement.execute("ALTER USER " + USER + " SET PASSWORD " + password);
            statement.execute("ALTER USER " + USER + " ADMIN FALSE");
            for (String table : tables(owner)) {
                String quoted = '"' + table.replace("\"", "\"\"") + '"';
                statement.execute("REVOKE ALL ON " + quoted + " FROM " + USER);
                statement.execute("GRANT " + rightsOn(table) + " ON " + quoted + " TO " + USER);
            }
        }
    }

    static String rightsOn(String table) {
        if (APPEND_ONLY.contains(table)) {
            return "SELECT, INSERT";
        }
        if (READ_ONLY.contains(table)) {
            return "SELECT";
        }
        return "SELECT, INSERT, UPDATE, DELETE";
    }

    private static List<String> tables(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = owner.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
