package id.loket.cli;

import id.loket.support.TestApps;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.RtListFixtures;
import id.loket.support.RtListFixtures.Head;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket import rt-list} as IT staff run it: exit status and what it prints. */
class ImportCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final RtListFixtures fixtures = new RtListFixtures(7);

    /** Runs as the test office's supervisor: an import changes data, so it needs one. */
    private int run(String... args) {
        TestApps.addSupervisor(dir.resolve("data"));
        List<String> all = new ArrayList<>(List.of("--config", TestApps.configFor(dir.resolve("data")).toString(),
                "--data-dir", dir.resolve("data").toString(), "--user", TestApps.SUPERVISOR));
        all.addAll(List.of(args));
        return HeadlessMain.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                Terminals.answeringPin(TestApps.SUPERVISOR_PIN));
    }

    private Path listWithOneBadRow() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<Head> heads = fixtures.heads(5, 2);
        for (int i = 0; i < heads.size(); i++) {
            rows.add(heads.get(i).row(i + 1));
        }
        rows.add(List.of("6", "6471051203150099", "6.47106E+15", "Siti", "Jl. A", "1", "1", ""));
        return RtListFixtures.write(dir.resolve("rt.csv"), RtListFixtures.csv(';', "\r\n", RtListFixtures.HEADER, rows));
    }

    @Test
    void aListWithARejectedRowIsStillReadExitsZeroAndPrintsTheRow() throws Exception {
        Path csvReport = dir.resolve("laporan.csv");
        Path pdfReport = dir.resolve("laporan.pdf");

        int status = run("import", "rt-list", listWithOneBadRow().toString(), "--report-csv", csvReport.toString(),
                "--report-pdf", pdfReport.toString());

        assertThat(status).isZero();
        assertThat(out.toString()).contains("Impor daftar RT dari rt.csv",
                "6 baris dibaca: 5 KK baru, 0 KK diperbarui, 1 baris ditolak.",
                "Nomor KK ← “No KK”",
                "Baris 7: NIK 6.47106E+15 rusak oleh Excel. Format kolom NIK sebagai Teks di Excel, ketik ulang, "
                        + "lalu impor lagi.",
                "Laporan disimpan: " + csvReport);
        assertThat(Files.readAllLines(csvReport, StandardCharsets.UTF_8)).hasSize(2);
        assertThat(Files.readAllBytes(pdfReport)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void runningItAgainUpdatesInsteadOfAddingTwice() throws Exception {
        Path list = listWithOneBadRow();
        assertThat(run("import", "rt-list", list.toString())).isZero();

        assertThat(run("import", "rt-list", list.toString())).isZero();

        assertThat(out.toString()).contains("6 baris dibaca: 0 KK baru, 5 KK diperbarui, 1 baris ditolak.");
    }

    @Test
    void aFileWhoseColumnsAreNotRecognisedExitsOneAndListsTheHeadersFound() throws Exception {
        Path list = RtListFixtures.write(dir.resolve("salah.csv"), "Nomor;Nama Lengkap;Alamat\n1;Budi;Jl. A\n");

        assertThat(run("import", "rt-list", list.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("Judul kolom berkas salah.csv tidak dikenali",
                "Judul kolom yang ditemukan: Nomor | Nama Lengkap | Alamat", "Tidak ada yang diimpor.");
    }

    @Test
    void aFileThatCannotBeReadExitsOne() {
        assertThat(run("import", "rt-list", dir.resolve("tidak-ada.xlsx").toString())).isEqualTo(1);

        assertThat(err.toString()).contains("Berkas tidak-ada.xlsx tidak ditemukan.");
    }

    @Test
    void theKelurahanOptionChoosesWhoseRtsTheListFills() throws Exception {
        assertThat(run("import", "rt-list", listWithOneBadRow().toString(), "--kelurahan", "64.72.09.1004")).isZero();

        try (Database database = TestApps.database(dir.resolve("data"))) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.list("SELECT DISTINCT kelurahan_code FROM rt", row -> row.getString(1)))
                    .containsExactly("64.72.09.1004");
        }
    }

    @Test
    void misuseExitsTwoBeforeImportingAnything() throws Exception {
        Path list = listWithOneBadRow();

        assertThat(run("import", "rt-list", list.toString(), "--kelurahan", "99.99.99.9999")).isEqualTo(2);
        assertThat(err.toString()).contains("Kode kelurahan 99.99.99.9999 tidak dikenal");
        assertThat(run("import", "rt-list", list.toString(), "--report-pdf",
                dir.resolve("no/such/folder/r.pdf").toString())).isEqualTo(2);
        assertThat(run("import", "rt-list")).isEqualTo(2);
        assertThat(out.toString()).doesNotContain("baris dibaca");
    }

    @Test
    void hasHelp() {
        assertThat(run("import", "rt-list", "--help")).isZero();

        assertThat(out.toString()).contains("--kelurahan", "--report-csv", "--report-pdf", "Exit status 0");
    }
}
