package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.rtlist.RtListImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the harness measures what it says on a small city; the figures are reported, never asserted. */
class ImportBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void aSmallCityIsImportedWholeAndReported() throws Exception {
        ImportBenchmark.Result result = ImportBenchmark.measure(3_000, 30, dir);

        assertThat(result.counts().imported()).isEqualTo(3_000);
        assertThat(result.counts().rejected()).isZero();
        assertThat(result.counts().rts()).isEqualTo(30);
        assertThat(result.parseSeconds()).hasSize(3).allMatch(seconds -> seconds > 0);
        assertThat(result.importSeconds()).isPositive();
        assertThat(result.phaseSeconds()).containsKeys(RtListImportService.Phase.READING,
                RtListImportService.Phase.WRITING);
        assertThat(result.report()).contains("3,000 rows in 30 RTs", "raw parse", "ratio");
    }

    @Test
    void theGeneratedListHasEveryRowAndTheRawParseReadsThemAll() throws Exception {
        Path file = ImportBenchmark.generate(dir.resolve("list.csv"), 500, 10);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(501);
        assertThat(lines.get(1)).matches("1,\\d{16},\\d{16},[^,]+,\"Jl\\. Mulawarman No\\. 1, Gg\\. 1\",1,1,0812\\d{8}");
        assertThat(ImportBenchmark.rawParse(file)).isPositive();
    }
}
