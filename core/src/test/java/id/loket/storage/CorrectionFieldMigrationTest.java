package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V11 makes registration_correction_field again to widen the list of correctable fields: the
 * corrections an office kept under V10 must come through, and the list must still refuse a field
 * that is not one of them.
 */
class CorrectionFieldMigrationTest {

    @Test
    void correctionsKeptUnderV10SurviveAndTheNewFieldsAreAccepted() throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:v11-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        flyway(source, "10").migrate();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            // Only the correction's own rows matter here; the registration it names is left out.
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO registration_correction (id, registration_id, corrected_at, corrected_by, reason) "
                    + "VALUES (7, 42, TIMESTAMP '2026-06-04 10:00:00', 'lurah', 'salah ketik')");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            s.execute("INSERT INTO registration_correction_field VALUES (7, 'OUTCOME', 'GAGAL', 'BERHASIL')");
            s.execute("INSERT INTO registration_correction_field VALUES (7, 'PHONE', '081234567890', NULL)");
            assertThatThrownBy(() -> s.execute(
                    "INSERT INTO registration_correction_field VALUES (7, 'FOLLOW_UP_ON', NULL, '2026-06-08')"))
                    .isInstanceOf(SQLException.class);
        }

        flyway(source, "latest").migrate();

        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registration_correction_field VALUES (7, 'FOLLOW_UP_ON', NULL, '2026-06-08')");
            s.execute("INSERT INTO registration_correction_field VALUES (7, 'FAILURE_REASON', 'PORTAL_DOWN', NULL)");
            List<String> rows = new ArrayList<>();
            try (var result = s.executeQuery("SELECT field, before_value, after_value FROM registration_correction_field "
                    + "WHERE correction_id = 7 ORDER BY field")) {
                while (result.next()) {
                    rows.add(result.getString(1) + "=" + result.getString(2) + ">" + result.getString(3));
                }
            }
            assertThat(rows).containsExactly("FAILURE_REASON=PORTAL_DOWN>null", "FOLLOW_UP_ON=null>2026-06-08",
                    "OUTCOME=GAGAL>BERHASIL", "PHONE=081234567890>null");
            assertThatThrownBy(() -> s.execute(
                    "INSERT INTO registration_correction_field VALUES (7, 'HEAD_NAME', 'A', 'B')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("REGISTRATION_CORRECTION_FIELD_KNOWN");
            // Deleting a correction still takes its fields with it.
            s.execute("DELETE FROM registration_correction WHERE id = 7");
            try (var result = s.executeQuery("SELECT COUNT(*) FROM registration_correction_field")) {
                result.next();
                assertThat(result.getInt(1)).isZero();
            }
        }
    }

    private static Flyway flyway(JdbcDataSource source, String target) {
        return Flyway.configure().dataSource(source).locations("classpath:db/migration").target(target).load();
    }
}
