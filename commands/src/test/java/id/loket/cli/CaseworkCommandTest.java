package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.support.CaseworkFixtures;
import id.loket.support.CaseworkFixtures.Listed;
import id.loket.support.TestApps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket import social-list} and {@code loket export follow-ups} as IT staff run them. */
class CaseworkCommandTest {

    @TempDir
    Path dir;
    private LoketRun loket;
    private List<Listed> households;
    private Listed failed;

    @BeforeEach
    void office() {
        loket = new LoketRun(dir.resolve("data"));
        Path data = dir.resolve("data");
        try (AppContext app = AppContext.open(TestApps.settings(data), TestApps.FIRST_DAY)) {
            app.security().demoData().fill(app.foundation().office(), 150);
            CaseworkFixtures fixtures = new CaseworkFixtures(app);
            households = fixtures.households();
            failed = fixtures.unregistered().get(0);
            fixtures.failed(failed.nik(), FailureReason.FACE_CHECK_FAILED, "Verifikasi wajah gagal di portal");
        }
    }

    @Test
    void aSocialListIsImportedItsRejectedRowsPrintedMaskedAndItsReportWritten() throws Exception {
        Path list = Files.writeString(dir.resolve("pkh.csv"), "NIK;Desil;PKH\n" + households.get(0).nik()
                + ";1;ya\n6471050101900099;2;\n", StandardCharsets.UTF_8);
        Path report = dir.resolve("laporan-pkh.pdf");

        int status = loket.run("--user", "lurah", "import", "social-list", list.toString(), "--report-pdf",
                report.toString());

        assertThat(status).as(loket.err()).isZero();
        assertThat(loket.out()).contains("Daftar desil/PKH: pkh.csv",
                "2 baris dibaca: 1 rumah tangga ditandai, 1 baris tidak dipakai.",
                "Baris 3 (647105******0099): NIK tidak ditemukan")
                // Any full number, but not the digits of the temporary folder ("junit-5642825198751603431").
                .doesNotContainPattern("(?<![-\\d])\\d{16}(?!\\d)");
        assertThat(Files.readAllBytes(report)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aListWhoseColumnsAreNotRecognisedExitsOne() throws Exception {
        Path list = Files.writeString(dir.resolve("salah.csv"), "Nama;Alamat\nBudi;Jl. A\n", StandardCharsets.UTF_8);

        assertThat(loket.run("--user", "lurah", "import", "social-list", list.toString())).isEqualTo(1);
        assertThat(loket.err()).contains("tidak dikenali", "Tidak ada yang diubah.");
    }

    @Test
    void theFollowUpsOfOneRtAreWrittenAsAnA4PdfForTheKetuaRt() throws Exception {
        Path sheet = dir.resolve("tindak-lanjut.pdf");

        int status = loket.run("--user", "lurah", "export", "follow-ups", "--rt", failed.rt(), "--rw", failed.rw(),
                "--out", sheet.toString());

        assertThat(status).as(loket.err()).isZero();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(sheet))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("RT " + failed.rt() + " / RW " + failed.rw(), failed.name(),
                    "Verifikasi wajah gagal di portal").doesNotContainPattern("\\d{16}");
        }
    }

    @Test
    void allRtsAsCsvNeedASupervisorAndABadRtIsMisuse() throws Exception {
        Path csv = dir.resolve("tindak-lanjut.csv");

        assertThat(loket.run("--user", "lurah", "export", "follow-ups", "--format", "csv", "--out", csv.toString()))
                .isZero();
        assertThat(Files.readString(csv)).contains(failed.name()).doesNotContainPattern("\\d{16}");

        assertThat(loket.run("export", "follow-ups")).isEqualTo(2);
        loket.pin("111111");
        assertThat(loket.run("--user", "agen1", "export", "follow-ups")).isNotZero();
        assertThat(loket.err()).contains("supervisor");
        assertThat(loket.run("--user", "lurah", "export", "follow-ups", "--rt", "abc", "--rw", "1")).isEqualTo(2);
        assertThat(loket.err()).contains("RT abc / RW 1 tidak dikenali");
    }
}
