package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way up the chain on the command line: the kelurahan writes its daily file and its office key, the
 * kecamatan merges with {@code loket rekap} (no database of its own).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RekapCommandTest {

    @TempDir
    static Path dir;
    private Path data;
    private Path keys;
    private Path dailyFile;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private final ConsoleInput console = Terminals.answeringPin("999999");

    @BeforeAll
    void officeSendsItsFileAndKey() {
        data = dir.resolve("data");
        TestApps.configFor(data);
        assertThat(run(true, "demo-data", "--households", "60")).isZero();
        keys = dir.resolve("keys");
        dailyFile = dir.resolve("daily.json");
        assertThat(run(true, "--user", "lurah", "export", "daily-file", "--day", LocalDate.now().toString(),
                "--out", dailyFile.toString())).as(err.toString()).isZero();
        assertThat(run(true, "export", "office-key", "--out", dir.resolve("key.txt").toString())).isZero();
    }

    @Test
    void theKecamatanMergesTheOfficesFileWithItsRegisteredKey() throws Exception {
        Files.createDirectories(keys);
        Files.copy(dir.resolve("key.txt"), keys.resolve("kunci.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path xlsx = dir.resolve("rekap.xlsx");

        int status = run(false, "rekap", dailyFile.toString(), "--keys", keys.toString(), "--out", xlsx.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(xlsx).isNotEmptyFile();
        assertThat(out.toString()).contains("Kota Balikpapan").contains("1 berkas direkap");
    }

    @Test
    void aFileWithAnEditedCountIsRefusedAndNothingElseMeansExitOne() throws Exception {
        Files.createDirectories(keys);
        Files.copy(dir.resolve("key.txt"), keys.resolve("kunci.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = Files.readString(dailyFile, StandardCharsets.UTF_8);
        Path edited = dir.resolve("edited.json");
        Files.writeString(edited, text.replaceFirst("\"walkIns\": (\\d+)", "\"walkIns\": 1$1"));

        assertThat(run(false, "rekap", edited.toString(), "--keys", keys.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("edited.json ditolak").contains("diubah");
    }

    @Test
    void withoutARegisteredKeyTheFileIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-keys"));

        assertThat(run(false, "rekap", dailyFile.toString(), "--keys", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("belum ada kunci kantor");
    }

    @Test
    void misuseExitsTwo() {
        assertThat(run(false, "rekap")).isEqualTo(2);
        assertThat(run(false, "rekap", dailyFile.toString(), "--keys", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing");
    }

    @Test
    void theDailyFileHoldsCountsOnlyNoNikNorName() throws Exception {
        String text = Files.readString(dailyFile, StandardCharsets.UTF_8);

        assertThat(text).doesNotContainPattern("\\d{16}").contains("\"kelurahan\": \"64.71.05.1006\"")
                .contains("\"signature\"");
    }

    private int run(boolean office, String... command) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>();
        if (office) {
            all.addAll(List.of("--config", data.resolveSibling("data-loket.properties").toString(),
                    "--data-dir", data.toString()));
        }
        all.addAll(List.of(command));
        return HeadlessMain.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), console);
    }
}
