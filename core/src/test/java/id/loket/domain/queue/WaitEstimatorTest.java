package id.loket.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WaitEstimatorTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 6, 4, 10, 0);
    private final WaitEstimator estimator = new WaitEstimator(Duration.ofMinutes(8));

    @ParameterizedTest(name = "{0} ahead, {1} counters, {2} measured of {3} s -> {4}–{5}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 1 | 0 | 0   | 10:00 | 10:10
            1 | 1 | 0 | 0   | 10:05 | 10:20
            5 | 1 | 0 | 0   | 10:30 | 10:50
            5 | 2 | 0 | 0   | 10:15 | 10:30
            5 | 1 | 2 | 60  | 10:30 | 10:50
            5 | 1 | 3 | 60  | 10:00 | 10:15
            6 | 1 | 20 | 300 | 10:20 | 10:40
            """)
    void windowFromPeopleAheadCountersAndMeasurements(int ahead, int counters, int measuredCount, int seconds,
                                                     LocalTime from, LocalTime to) {
        List<String> services = Collections.nCopies(ahead, "A");
        Map<String, List<Integer>> measured = Map.of("A", Collections.nCopies(measuredCount, seconds));

        WaitEstimate estimate = estimator.estimate(services, measured, counters, TEN);

        assertThat(estimate.from()).isEqualTo(from);
        assertThat(estimate.to()).isEqualTo(to);
        assertThat(estimate.peopleAhead()).isEqualTo(ahead);
        assertThat(estimate.measured()).isEqualTo(ahead > 0 && measuredCount >= WaitEstimator.MIN_MEASUREMENTS);
    }

    @Test
    void oneVeryLongServiceDoesNotMoveTheMedian() {
        assertThat(WaitEstimator.median(List.of(300, 2400, 310, 290, 305))).isEqualTo(305);
    }

    @Test
    void onlyTheLatestTwentyServicesCount() {
        List<Integer> newestFirst = new java.util.ArrayList<>(Collections.nCopies(20, 120));
        newestFirst.addAll(Collections.nCopies(30, 900));

        assertThat(WaitEstimator.median(newestFirst)).isEqualTo(120);
    }

    @Test
    void eachPersonAheadCountsWithTheTimeOfTheirOwnService() {
        Map<String, List<Integer>> measured = Map.of("SLOW", List.of(1200, 1200, 1200), "FAST", List.of(120, 120, 120));

        WaitEstimate slow = estimator.estimate(List.of("SLOW", "SLOW"), measured, 1, TEN);
        WaitEstimate fast = estimator.estimate(List.of("FAST", "FAST"), measured, 1, TEN);

        assertThat(slow.from()).isAfter(fast.from());
        assertThat(fast.soon()).isFalse();
    }
}
