package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that the harness plans what it says it plans; the timings are reported, never asserted. */
class PlannerBenchmarkTest {

    @Test
    void oneRunPlansTheWholeCityAndReportsTheRatio() {
        PlannerBenchmark.Result result = PlannerBenchmark.measure(1);

        assertThat(result.rts()).isEqualTo(PlannerBenchmark.RTS);
        assertThat(result.households()).isEqualTo(PlannerBenchmark.HOUSEHOLDS);
        assertThat(result.serviceDays()).isEqualTo(21);
        assertThat(result.allFit()).isTrue();
        assertThat(result.baselineNanos()).hasSize(1).allMatch(ns -> ns > 0);
        assertThat(result.passNanos()).hasSize(1).allMatch(ns -> ns > 0);
        assertThat(result.planNanos()).hasSize(1).allMatch(ns -> ns > 0);
        assertThat(result.replanNanos()).hasSize(1).allMatch(ns -> ns > 0);
        assertThat(result.report()).contains("250,000 households").contains("2,000 RTs").contains("ratio");
    }

    @Test
    void theCityIsTheSameForTheSameSeed() {
        assertThat(PlannerBenchmark.city(3, 50, 5_000)).isEqualTo(PlannerBenchmark.city(3, 50, 5_000));
        assertThat(PlannerBenchmark.households(PlannerBenchmark.city(3, 50, 5_000))).isEqualTo(5_000);
        assertThat(PlannerBenchmark.median(List.of(5L, 1L, 3L))).isEqualTo(3L);
    }
}
