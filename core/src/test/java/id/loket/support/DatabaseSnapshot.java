package id.loket.support;

import id.loket.storage.Jdbc;
import java.sql.ResultSetMetaData;
import java.util.List;

/** Every row of the tables an import can touch, as text, to prove a database unchanged. */
public final class DatabaseSnapshot {

    private static final List<String> TABLES = List.of("rt", "household", "registration", "import_run");

    private DatabaseSnapshot() {
    }

    public static String of(Jdbc jdbc) {
        StringBuilder text = new StringBuilder();
        for (String table : TABLES) {
            text.append("# ").append(table).append('\n');
            jdbc.forEach("SELECT * FROM " + table + " ORDER BY id", row -> {
                ResultSetMetaData meta = row.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    text.append(meta.getColumnName(i)).append('=').append(row.getString(i)).append(';');
                }
                text.append('\n');
            });
        }
        return text.toString();
    }
}
