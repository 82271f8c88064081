package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk transaction lets H2 write in the background, and nothing else may lose its durability for it. */
class JdbcBulkTransactionTest {

    @TempDir
    Path temp;
    private Database database;
    private Jdbc jdbc;

    @BeforeEach
    void open() {
        database = Database.openEmbedded(temp.resolve("data"), DatabaseKey.loadOrCreate(temp.resolve("loket.key")));
        jdbc = new Jdbc(database.dataSource());
        jdbc.update("CREATE TABLE bulk_row (n INT)");
        jdbc.update("CREATE TABLE counter_save (n INT)");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSaveElsewhereDuringABulkTransactionIsOnDiskWhenItReturns() {
        jdbc.inBulkTransaction(() -> {
            jdbc.batch("INSERT INTO bulk_row VALUES (?)", java.util.List.of(new Object[] {1}, new Object[] {2}));
            assertThat(setting("WRITE_DELAY")).isEqualTo("100");
            long writesBefore = Long.parseLong(setting("info.FILE_WRITE"));
            // Another counter's save, on its own connection, while the bulk work is still open.
            CompletableFuture.runAsync(() -> jdbc.update("INSERT INTO counter_save VALUES (7)"))
                    .orTimeout(10, TimeUnit.SECONDS).join();
            assertThat(Long.parseLong(setting("info.FILE_WRITE"))).isGreaterThan(writesBefore);
            return null;
        });
        assertThat(setting("WRITE_DELAY")).isEqualTo("0");
        assertThat(jdbc.count("SELECT COUNT(*) FROM bulk_row")).isEqualTo(2);
        assertThat(jdbc.count("SELECT COUNT(*) FROM counter_save")).isEqualTo(1);
    }

    @Test
    void aFailedBulkTransactionLeavesNothingAndTheSettingAsItWas() {
        assertThatThrownBy(() -> jdbc.inBulkTransaction(() -> {
            jdbc.update("INSERT INTO bulk_row VALUES (1)");
            throw new IllegalStateException("the file ended in the middle");
        })).hasMessageContaining("in the middle");
        assertThat(jdbc.count("SELECT COUNT(*) FROM bulk_row")).isZero();
        assertThat(setting("WRITE_DELAY")).isEqualTo("0");
    }

    @Test
    void insideAnotherTransactionItSimplyJoinsIt() {
        jdbc.inTransaction(() -> jdbc.inBulkTransaction(() -> {
            assertThat(setting("WRITE_DELAY")).isEqualTo("0");
            return jdbc.update("INSERT INTO bulk_row VALUES (1)");
        }));
        assertThat(jdbc.count("SELECT COUNT(*) FROM bulk_row")).isEqualTo(1);
    }

    private String setting(String name) {
        // H2 2.5 lists a setting made with SET twice (the stored setting and the live value); on a file
        // database both must agree, and two different values fail this lookup as they should.
        return jdbc.one("SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?",
                row -> row.getString(1), name).orElseThrow();
    }
}
