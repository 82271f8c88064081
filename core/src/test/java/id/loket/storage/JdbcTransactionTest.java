package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A transaction whose connection dies under it reports why the work failed, not that the rollback did. */
class JdbcTransactionTest {

    @Test
    void workThatFailsAfterItsConnectionDiedIsReportedForItsOwnFailure() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:dying-" + System.nanoTime());
        Jdbc jdbc = new Jdbc(memory);

        assertThatThrownBy(() -> jdbc.inTransaction(() -> {
            // The database goes away in the middle of the work, as a server PC switched off does.
            jdbc.update("SHUTDOWN");
            throw new IllegalStateException("the server went away in the middle of the work");
        })).isInstanceOfSatisfying(IllegalStateException.class, failure -> {
            assertThat(failure).hasMessageContaining("in the middle of the work");
            assertThat(failure.getSuppressed()).as("the failed rollback, kept beside it")
                    .anySatisfy(s -> assertThat(s).isInstanceOf(SQLException.class));
        });
    }
}
