package id.loket.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every change to an existing row of the table it is set on (the audit trail, migration V12):
 * H2 calls it before each UPDATE or DELETE, for any account, and the statement fails.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE "prohibited SQL-statement attempted" (class 2F, SQL routine exception). */
    private static final String PROHIBITED = "2F003";

    private String table = "?";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The table " + table + " is append-only: its rows cannot be changed or deleted",
                PROHIBITED);
    }
}
