package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket --user S export audit}: the trail of a period, for a breach notice within 3x24 hours. */
class AuditExportCommandTest {

    @TempDir
    Path dir;
    private LoketRun loket;

    @BeforeEach
    void demoOffice() {
        loket = new LoketRun(dir.resolve("data"));
        assertThat(loket.run("demo-data", "--households", "10")).isZero();
    }

    @Test
    void thePeriodsEventsAreWrittenOldestFirstWithTheExportItselfRecorded() throws Exception {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        String today = LocalDate.now().toString();

        assertThat(loket.run("--user", "lurah", "export", "audit", "--from", today, "--to", today,
                "--out", first.toString()))
                .isZero();
        assertThat(loket.run("--user", "lurah", "export", "audit", "--from", today, "--to", today,
                "--out", second.toString()))
                .isZero();

        List<String> lines = Files.readAllLines(second, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("at,actor,action,entity,entity_id,detail");
        assertThat(lines.subList(1, lines.size())).anyMatch(l -> l.contains(",system,DEMO_DATA_CREATED,"))
                .anyMatch(l -> l.contains(",lurah,LOGIN,"))
                .anyMatch(l -> l.contains(",lurah,EXPORT,audit," + today + ".." + today + ","));
        assertThat(loket.err()).contains("catatan jejak akses diekspor");
    }

    @Test
    void daysOutsideThePeriodAreLeftOut() throws Exception {
        Path csv = dir.resolve("last-year.csv");

        assertThat(loket.run("--user", "lurah", "export", "audit", "--from", "2020-01-01", "--to", "2020-12-31",
                "--out", csv.toString())).isZero();

        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    void aNikTypedAsAUserNameIsMaskedInTheExport() throws Exception {
        loket.pin("123456");
        assertThat(loket.run("--user", "6471054707500003", "export", "households", "--format", "csv")).isEqualTo(1);
        loket.pin("999999");
        Path csv = dir.resolve("trail.csv");
        String today = LocalDate.now().toString();

        assertThat(loket.run("--user", "lurah", "export", "audit", "--from", today, "--to", today,
                "--out", csv.toString()))
                .isZero();

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(",647105******0003,LOGIN_FAILED,").doesNotContain("6471054707500003");
    }

    @Test
    void datesTheWrongWayRoundAreMisuseAndNothingIsWritten() {
        Path csv = dir.resolve("never.csv");

        assertThat(loket.run("--user", "lurah", "export", "audit", "--from", "2026-06-30", "--to", "2026-06-01",
                "--out", csv.toString())).isEqualTo(2);

        assertThat(loket.err()).contains("--to (2026-06-01) harus sama dengan atau sesudah --from (2026-06-30)");
        assertThat(csv).doesNotExist();
    }

}
