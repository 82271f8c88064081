package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the harness runs each case in a child JVM and reads back what it did, on a small city;
 * the city-sized run with -Xmx512m is the harness's own main (too slow for the test suite).
 */
class ImportMemoryHarnessTest {

    @TempDir
    Path dir;

    @Test
    void eachCaseRunsInAChildJvmAndReportsWhatItDid() throws Exception {
        List<ImportMemoryHarness.Outcome> outcomes = ImportMemoryHarness.measure(2_000, "256m", dir);

        assertThat(outcomes).extracting(ImportMemoryHarness.Outcome::name).containsExactly("city list, CSV",
                "city list, workbook", "every row rejected, CSV", "one row beyond the limit");
        assertThat(outcomes).allMatch(ImportMemoryHarness.Outcome::finished)
                .allMatch(outcome -> outcome.peakHeapMegabytes() > 0);
        assertThat(outcomes.get(0).imported()).isEqualTo(2_000);
        assertThat(outcomes.get(1).imported()).isEqualTo(2_000);
        assertThat(outcomes.get(2).rejected()).isEqualTo(2_000);
        assertThat(outcomes.get(3).status()).isEqualTo("FAILED");
        assertThat(outcomes.get(3).failure()).isEqualTo("import.limit.rows");
    }

    @Test
    void aChildThatRunsOutOfMemoryIsReportedAsDied() throws Exception {
        Path csv = ImportBenchmark.generate(dir.resolve("kota.csv"), 20_000, 100);

        ImportMemoryHarness.Outcome outcome = ImportMemoryHarness.child("tiny heap", csv, "8m", dir.resolve("data"));

        assertThat(outcome.finished()).isFalse();
        assertThat(outcome.line()).contains("DIED");
    }
}
