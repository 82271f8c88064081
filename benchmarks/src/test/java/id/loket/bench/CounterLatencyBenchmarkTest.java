package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the harness measures what it says on a small city; the figures are reported, never asserted. */
class CounterLatencyBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void aSmallCityIsLoadedAndEverySaveAndLookupIsTimed() throws Exception {
        CounterLatencyBenchmark.Result result = CounterLatencyBenchmark.measure(3_000, 20, 200, dir);

        assertThat(result.households()).isGreaterThan(2_900);
        assertThat(result.save().nanos()).hasSize(20).allMatch(n -> n > 0);
        assertThat(result.pdfBaseline().nanos()).hasSize(20);
        assertThat(result.insertBaseline().nanos()).hasSize(20);
        assertThat(result.lookup().nanos()).hasSize(200);
        assertThat(result.primaryKey().nanos()).hasSize(200);
        assertThat(result.report()).contains("p95 save", "goal <= 100 ms", "p99 lookup", "goal <= 2 ms");
    }

    @Test
    void percentilesAreTakenFromTheSortedTimes() {
        CounterLatencyBenchmark.Latencies times = new CounterLatencyBenchmark.Latencies("x",
                List.of(5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L, 4_000_000L));

        assertThat(times.percentileMillis(50)).isEqualTo(3.0);
        assertThat(times.percentileMillis(99)).isEqualTo(5.0);
    }

    @Test
    void theBaselinePdfIsOnePage() throws Exception {
        try (PDDocument document = Loader.loadPDF(CounterLatencyBenchmark.onePagePdf(1))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }
}
