package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that the harness measures what it says; the figures themselves are reported, never asserted. */
class StartupBenchmarkTest {

    @Test
    void oneRunOfEachProgramReachesItsMarker() throws Exception {
        StartupBenchmark.Result result = StartupBenchmark.measure(1);
        assertThat(result.bareMillis()).hasSize(1).allMatch(ms -> ms > 0);
        assertThat(result.windowMillis()).hasSize(1).allMatch(ms -> ms > 0);
        assertThat(result.readyMillis()).hasSize(1)
                .allSatisfy(ready -> assertThat(ready).isGreaterThanOrEqualTo(result.windowMillis().get(0)));
        assertThat(result.report()).contains("first window").contains("first face usable");
    }

    @Test
    void theMedianIsTheMiddleValue() {
        assertThat(StartupBenchmark.median(List.of(30L, 10L, 20L))).isEqualTo(20L);
    }
}
