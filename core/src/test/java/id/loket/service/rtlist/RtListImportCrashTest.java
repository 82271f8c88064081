package id.loket.service.rtlist;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.office.OfficeProfile;
import id.loket.wiring.AppContext;
import id.loket.domain.text.Texts;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.DatabaseSnapshot;
import id.loket.support.RtListFixtures;
import id.loket.support.RtListFixtures.Head;
import id.loket.support.TestApps;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All or nothing, the hard way: an import runs in its own JVM and is killed (SIGKILL, no shutdown
 * hooks) while it is writing; the database opened again must be exactly as it was before.
 */
class RtListImportCrashTest {

    private static final String KELURAHAN = "64.71.05.1006";
    private static final String WRITING = "writing";
    private static final String DONE = "done";

    @TempDir
    Path dir;

    @Test
    void killingTheImportWhileItWritesLeavesTheDatabaseAsItWas() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(data, 300)) {
            assertThat(app.foundation().office().kelurahanCode()).isEqualTo(KELURAHAN);
        }
        String before;
        List<Head> list = new ArrayList<>();
        try (Database database = TestApps.database(data)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            before = DatabaseSnapshot.of(jdbc);
            // The stored households, renamed, so the import updates them too ...
            list.addAll(jdbc.list("""
                    SELECT h.kk_number, h.head_nik, h.head_name, r.rt, r.rw FROM household h JOIN rt r ON r.id = h.rt_id
                    ORDER BY h.id""", row -> new Head(row.getString(1), row.getString(2), row.getString(3) + " Baru",
                    "", row.getInt(4), row.getInt(5), "")));
        }
        // ... and enough new ones that the writing takes a while.
        list.addAll(new RtListFixtures(99).heads(80_000, 400).stream().map(h -> h.withRt(h.rt(), h.rw() + 100))
                .toList());
        Path file = RtListFixtures.write(dir.resolve("kota.csv"), RtListFixtures.csv(list));

        Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                ImportInAnotherProcess.class.getName(), data.toString(), file.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            while (line != null && !line.equals(WRITING)) {
                output.add(line);
                line = lines.readLine();
            }
            assertThat(line).as("the import reached its writing phase; output: %s", output).isEqualTo(WRITING);
            // SIGKILL: no shutdown hook, no closing of the database, as when the power goes.
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(output).as("killed before the import finished").doesNotContain(DONE);
        // Had the import committed before the kill, the snapshot below would show it.

        try (Database database = TestApps.database(data)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

            // The database is whole: the same import now runs to the end.
            RtListImportResult result = id.loket.wiring.ListsArea.rtListImportAlone(jdbc, Texts.indonesian(),
                    new OfficeProfile(KELURAHAN, "Kelurahan", ""), TestApps.FIRST_DAY)
                    .importFile(file, KELURAHAN, "tester");
            assertThat(result.counts().updated()).isEqualTo(300);
            assertThat(result.counts().imported()).isEqualTo(80_000);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Imports a file into a data folder and says when it starts writing; killed by the test. */
    public static final class ImportInAnotherProcess {

        public static void main(String[] args) {
            try (Database database = TestApps.database(Path.of(args[0]))) {
                RtListImportService service = id.loket.wiring.ListsArea
                        .rtListImportAlone(new Jdbc(database.dataSource()),
                        Texts.indonesian(), new OfficeProfile(KELURAHAN, "Kelurahan", ""), TestApps.FIRST_DAY);
                boolean[] said = {false};
                service.importFile(Path.of(args[1]), KELURAHAN, "child", progress -> {
                    if (progress.phase() == RtListImportService.Phase.WRITING && !said[0]) {
                        said[0] = true;
                        System.out.println(WRITING);
                        System.out.flush();
                    }
                }, new RtListImportService.Cancellation());
                System.out.println(DONE);
            }
        }
    }
}
