package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The case-work sheets on A4: what they print, that they refuse full numbers, and that a long list
 * runs over pages with numbers at the foot. The PDFs are also written to {@code target/rendered/} for
 * a person to look at.
 */
class CaseworkRendererTest {

    private static final Path OUT = Path.of("target", "rendered");
    private static final CaseworkRenderer.Office OFFICE = new CaseworkRenderer.Office("Kelurahan Gunung Bahagia",
            "Jl. Anggrek Bahagia No. 7, Balikpapan Selatan", "Lurah Gunung Bahagia");
    private final CaseworkRenderer renderer = new CaseworkRenderer(Texts.indonesian());

    private static CaseworkRenderer.FollowUpRow row(int i) {
        return new CaseworkRenderer.FollowUpRow(i % 3 == 0 ? "H. Abdul Rahman Wicaksono, S.Pd." : "Siti Aminah",
                "647105******" + String.format("%04d", 11 + i), "Jl. Mulawarman No. " + i + ", Gg. 3",
                i % 2 == 0 ? "Gagal" : "Perlu tindak lanjut",
                i % 2 == 0 ? "Verifikasi wajah gagal, kamera HP warga rusak" : "Bawa Kartu Keluarga asli",
                "04-06", i % 4 == 0 ? "10-06" : "");
    }

    @Test
    void aFollowUpSheetForOneRtPrintsEveryRowAndAPlaceToSign() throws IOException {
        byte[] pdf = renderer.followUps(OFFICE, "RT 003 / RW 002", LocalDate.of(2026, 6, 4),
                List.of(new CaseworkRenderer.RtGroup("RT 003 / RW 002", List.of(row(1), row(2), row(3), row(4)))));
        keep("follow-ups-rt", pdf);

        String text = text(pdf);
        assertThat(text).contains("Daftar Pendaftaran yang Perlu Ditindaklanjuti", "RT 003 / RW 002",
                "4 rumah tangga perlu ditindaklanjuti.", "647105******0012", "Bawa Kartu Keluarga asli",
                "10-06", "Lurah Gunung Bahagia", "Halaman 1 dari 1");
    }

    @Test
    void theSheetForAllRtsRunsOverPagesWithAHeadingPerRt() throws IOException {
        List<CaseworkRenderer.RtGroup> groups = new ArrayList<>();
        for (int rt = 1; rt <= 8; rt++) {
            List<CaseworkRenderer.FollowUpRow> rows = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                rows.add(row(rt * 10 + i));
            }
            groups.add(new CaseworkRenderer.RtGroup(String.format("RT %03d / RW 001", rt), rows));
        }
        byte[] pdf = renderer.followUps(OFFICE, "Semua RT", LocalDate.of(2026, 6, 4), groups);
        keep("follow-ups-all", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("48 rumah tangga", "RT 001 / RW 001", "RT 008 / RW 001", "Halaman 2 dari");
    }

    @Test
    void anEmptyFollowUpSheetSaysSo() throws IOException {
        byte[] pdf = renderer.followUps(OFFICE, "RT 003 / RW 002", LocalDate.of(2026, 6, 4),
                List.of(new CaseworkRenderer.RtGroup("RT 003 / RW 002", List.of())));

        assertThat(text(pdf)).contains("Tidak ada pendaftaran yang perlu ditindaklanjuti.");
    }

    @Test
    void theSocialListReportListsEachProblemRow() throws IOException {
        byte[] pdf = renderer.socialListReport(OFFICE, LocalDateTime.of(2026, 6, 4, 9, 30),
                List.of(new CaseworkRenderer.Line("Berkas", "dinsos-pkh.xlsx"),
                        new CaseworkRenderer.Line("Rumah tangga ditandai", "1.204 rumah tangga")),
                List.of("Desil disimpan seperti tertulis di daftar."),
                List.of(new CaseworkRenderer.ProblemRow("Baris 17", "647105******0099",
                                "NIK tidak ditemukan di daftar RT kelurahan ini."),
                        new CaseworkRenderer.ProblemRow("Lembar “PKH”, baris 4", "12345",
                                "NIK “12345” tidak sah. NIK harus 16 angka, ini 5.")), 0);
        keep("social-list-report", pdf);

        assertThat(text(pdf)).contains("Laporan Impor Daftar Desil dan PKH", "dinsos-pkh.xlsx", "Baris 17",
                "647105******0099", "NIK dan No KK disamarkan.");
    }

    @Test
    void aFullNikIsRefused() {
        CaseworkRenderer.FollowUpRow leaking = new CaseworkRenderer.FollowUpRow("Siti", "6471050101900011", "Jl. A",
                "Gagal", "-", "04-06", "");

        assertThatThrownBy(() -> renderer.followUps(OFFICE, "RT 001 / RW 001", LocalDate.of(2026, 6, 4),
                List.of(new CaseworkRenderer.RtGroup("RT 001 / RW 001", List.of(leaking)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("masked");
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("casework-" + name + ".pdf"), pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Words of one cell may be on several lines: compare with the spacing made plain.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
