package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the harness issues and measures what it says; the timings are reported, never asserted. */
class TicketIssueBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void aShortRunIssuesPrintedTicketsAndReportsPercentilesAndTheRatio() {
        TicketIssueBenchmark.Result result = TicketIssueBenchmark.measure(10, 5, dir);

        assertThat(result.issueMillis()).hasSize(10);
        assertThat(java.util.Arrays.stream(result.issueMillis()).min().orElseThrow()).isPositive();
        assertThat(result.baselineMillis()).hasSize(10);
        assertThat(java.util.Arrays.stream(result.baselineMillis()).min().orElseThrow()).isPositive();
        assertThat(result.issueP95()).isGreaterThanOrEqualTo(result.issueP50());
        assertThat(result.report()).contains("10 tickets measured", "5 already waiting", "p95", "ratio");
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] values = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};

        assertThat(TicketIssueBenchmark.percentile(values, 50)).isEqualTo(5);
        assertThat(TicketIssueBenchmark.percentile(values, 95)).isEqualTo(10);
    }

    @Test
    void theBaselinePageIsAPdf() {
        assertThat(new String(TicketIssueBenchmark.baselinePage(1), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
    }
}
