package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's owner, on the PC that holds the file: a secret from the key file, and no power over the audit trail. */
class OwnerAccountTest {

    @TempDir
    Path dir;
    private Path dataDir;
    private DatabaseKey key;

    @BeforeEach
    void makeADemoOffice() {
        dataDir = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(dataDir, 10)) {
            assertThat(app.foundation().office().name()).isNotBlank();
        }
        key = DatabaseKey.loadOrCreate(TestApps.keyFile(dataDir));
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheOwnerToo() {
        try (Database owner = Database.openEmbedded(dataDir, key)) {
            Jdbc jdbc = new Jdbc(owner.dataSource());
            long before = jdbc.count("SELECT COUNT(*) FROM audit_event");
            assertThat(before).isPositive();
            assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'nobody'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event")).hasMessageContaining("append-only");
            assertThat(jdbc.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'nobody'")).isZero();
            assertThat(jdbc.count("SELECT COUNT(*) FROM audit_event")).isEqualTo(before);
        }
    }

    @Test
    void theOwnersOldEmptyPasswordNoLongerOpensTheDatabase() {
        try (Database owner = Database.openEmbedded(dataDir, key)) {
            assertThatThrownBy(() -> DriverManager.getConnection(owner.url(), "loket", "").close())
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
        }
    }
}
