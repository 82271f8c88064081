package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LAN harness on a small town for a few seconds, so it cannot rot: a real {@code loket serve} process,
 * three counters, the boards and the resident screen. Its figures are reported, never asserted; what
 * must hold at any speed is asserted: no ticket called twice, no confirmed save missing or half-written.
 */
class LanLoadBenchmarkTest {

    @TempDir
    Path work;

    @Test
    void aFewCountersServeAgainstARealServerWithoutADoubleCallOrALostSave() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        LanLoadBenchmark.Options options = new LanLoadBenchmark.Options(3, 0.2, 1_200, Optional.empty(), 3_000);

        LanLoadBenchmark.Result result = LanLoadBenchmark.run(options, LanLoadBenchmark.targetFolder(), work,
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(result.confirmed()).as("saves confirmed").isPositive();
        assertThat(result.doubleCalls()).isZero();
        assertThat(result.lostSaves()).isZero();
        assertThat(result.halfWritten()).isZero();
        assertThat(result.registrationsInDatabase()).isEqualTo(result.confirmed());
        assertThat(result.latencies().get("call next").nanos()).isNotEmpty();
        assertThat(result.latencies().get("save + receipt").nanos()).isNotEmpty();
        assertThat(result.serverRssMb()).isPositive();
        assertThat(result.report())
                .containsPattern("(?m)^double calls: 0$")
                .containsPattern("(?m)^lost saves: 0$")
                .containsPattern("(?m)^server cpu: \\d+%$")
                .containsPattern("(?m)^server rss: \\d+ MB$")
                .contains("call next", "save + receipt", "board shows call", "p99");
    }

    @Test
    void theOptionsAreReadAsTheIssueWritesThem() {
        LanLoadBenchmark.Options options = LanLoadBenchmark.Options.parse(
                new String[] {"--counters", "8", "--minutes", "2.5", "--restart-at", "60"});

        assertThat(options.counters()).isEqualTo(8);
        assertThat(options.minutes()).isEqualTo(2.5);
        assertThat(options.ratePerHour()).isEqualTo(120);
        assertThat(options.restartAt()).contains(60);
        assertThat(options.households()).isEqualTo(250_000);
    }
}
