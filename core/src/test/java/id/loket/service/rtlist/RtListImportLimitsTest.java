package id.loket.service.rtlist;

import static id.loket.support.HandMadeWorkbooks.row;
import static id.loket.support.HandMadeWorkbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.office.OfficeProfile;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.casework.SocialListImport;
import id.loket.service.casework.SocialListResult;
import id.loket.storage.AuditLog;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.DatabaseSnapshot;
import id.loket.support.HandMadeWorkbooks;
import id.loket.support.RtListFixtures;
import id.loket.support.TestApps;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file beyond a reading limit fails the import with the message naming that limit, and leaves the
 * database exactly as it was; rejected rows beyond those kept for the report are still counted.
 */
class RtListImportLimitsTest {

    private static final String KELURAHAN = "64.71.05.1006";

    @TempDir
    Path dir;

    private Database database;
    private Jdbc jdbc;
    private RtListImportService service;
    private String before;

    @BeforeEach
    void openWithAListImported() throws Exception {
        database = TestApps.database(dir.resolve("data"));
        jdbc = new Jdbc(database.dataSource());
        service = id.loket.wiring.ListsArea.rtListImportAlone(jdbc, Texts.indonesian(),
                new OfficeProfile(KELURAHAN, "Kelurahan Gunung Bahagia", "Jl. Contoh 1"), TestApps.FIRST_DAY);
        Path list = RtListFixtures.write(dir.resolve("rt.csv"),
                RtListFixtures.csv(new RtListFixtures(20260604L).heads(30, 3)));
        assertThat(service.importFile(list, KELURAHAN, "tester").counts().imported()).isEqualTo(30);
        before = DatabaseSnapshot.of(jdbc);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Message failureOf(Path file) {
        RtListImportResult result = service.importFile(file, KELURAHAN, "tester");
        assertThat(result.status()).isEqualTo(RtListImportResult.Status.FAILED);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
        assertThat(service.reports().summaryLines(result)).last().isEqualTo(
                Texts.indonesian().text("import.summary.nothingImported"));
        return result.failure().get(0);
    }

    private Path csvWithRows(String name, int rows, String row) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(RtListFixtures.HEADER + "\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + row + "\r\n");
            }
        }
        return file;
    }

    @Test
    void aListOfMoreRowsThanACityHasIsRefusedAndNothingChanges() throws Exception {
        // Numbered rows with nothing else: the limit counts every row with content, and these cost no checks.
        Path file = csvWithRows("kota.csv", 300_000, ",,,,,,,");

        assertThat(failureOf(file)).isEqualTo(Message.of("import.limit.rows", "kota.csv", 300_000));
    }

    @Test
    void aCellLongerThanAnExcelCellIsRefusedAndNothingChanges() throws Exception {
        Path file = csvWithRows("panjang.csv", 3, ",6471051203150007,6471054707500003,\"" + "B".repeat(40_000)
                + "\",Jl. A,1,1,");

        assertThat(failureOf(file)).isEqualTo(Message.of("import.limit.cell", "panjang.csv", "2", "D", 32_767));
    }

    @Test
    void aQuoteNeverClosedBeforeTenMegabytesIsRefusedAndNothingChanges() throws Exception {
        char[] tenMegabytes = new char[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, 'x');
        Path file = csvWithRows("kutip.csv", 1, ",6471051203150007,6471054707500003,\"Budi" + new String(tenMegabytes));

        assertThat(failureOf(file)).isEqualTo(Message.of("import.limit.rowLength", "kutip.csv", "2", 1_000_000));
    }

    @Test
    void aZipBombWorkbookIsRefusedAndNothingChanges() throws Exception {
        Path file = HandMadeWorkbooks.bomb(dir.resolve("bom.xlsx"), 64L * 1024 * 1024);

        assertThat(failureOf(file).key()).isEqualTo("import.limit.ratio");
    }

    @Test
    void aWorkbookWithACellBeyondExcelsColumnsIsRefusedAndNothingChanges() throws Exception {
        Path file = HandMadeWorkbooks.write(dir.resolve("kolom.xlsx"), row(1, text("ZZZZZZZ1", "No KK")));

        assertThat(failureOf(file).key()).isEqualTo("import.file.unlikeExcel");
    }

    @Test
    void rejectedRowsBeyondTheFirstTenThousandAreCountedAndSaidToBeLeftOut() throws Exception {
        Path file = csvWithRows("salah.csv", 10_003, ",123,456,Budi,Jl. A,1,1,");

        RtListImportResult result = service.importFile(file, KELURAHAN, "tester");

        assertThat(result.completed()).isTrue();
        assertThat(result.counts().rejected()).isEqualTo(10_003);
        assertThat(result.problems()).hasSize(10_000);
        assertThat(result.problems().get(0).line()).isEqualTo(2);
        assertThat(result.problems().get(9_999).line()).isEqualTo(10_001);
        assertThat(service.reports().summaryLines(result)).contains(
                Texts.indonesian().text("import.summary.problemsOmitted", 10_000, 3));
    }

    @Test
    void theSocialListIsReadWithinTheSameLimits() throws Exception {
        SocialListImport socialLists = id.loket.wiring.ListsArea.socialListImport(jdbc,
                new AuditLog(jdbc, TestApps.FIRST_DAY), new id.loket.domain.nik.NikValidator(
                        id.loket.domain.nik.RegionCodes.fromClasspath(), TestApps.FIRST_DAY),
                new id.loket.domain.nik.KkNumberValidator(id.loket.domain.nik.RegionCodes.fromClasspath()),
                TestApps.FIRST_DAY);
        Path file = Files.writeString(dir.resolve("dinsos.csv"), "NIK;Desil\r\n6471054707500003;\"1"
                + "x".repeat(40_000) + "\"\r\n", StandardCharsets.UTF_8);

        SocialListResult result = socialLists.importFile(file, "lurah");

        assertThat(result.completed()).isFalse();
        assertThat(result.failure()).containsExactly(Message.of("import.limit.cell", "dinsos.csv", "2", "B", 32_767));
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }
}
