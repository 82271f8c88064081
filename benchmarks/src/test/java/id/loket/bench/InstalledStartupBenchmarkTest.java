package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstalledStartupBenchmarkTest {

    @Test
    void aRoundSlowedForBothProgramsKeepsItsRatio() {
        // The second round ran on a busy machine: both took five times as long; its ratio is still 2.
        double ratio = InstalledStartupBenchmark.pairRatio(List.of(300L, 1000L, 150L), List.of(100L, 500L, 100L));

        assertThat(ratio).isEqualTo(2.0);
    }
}
