package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.loket.domain.text.Texts;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImportReportRendererTest {

    private final ImportReportRenderer renderer = new ImportReportRenderer(Texts.indonesian());

    private static ImportReportDocument doc(List<ImportReportDocument.Item> problems) {
        return new ImportReportDocument("Kelurahan Gunung Bahagia", "Jl. Anggrek Bahagia No. 7, Balikpapan Selatan",
                "Laporan Impor Daftar RT", LocalDateTime.of(2026, 6, 4, 9, 30), "Ringkasan",
                List.of(new ImportReportDocument.Item("Berkas", "rt07.xlsx"),
                        new ImportReportDocument.Item("Baris dibaca", "124"),
                        new ImportReportDocument.Item("KK baru", "120")),
                List.of("3 baris tanpa data dilewati."), "Kolom yang dipakai",
                List.of(new ImportReportDocument.MappingGroup("Lembar “RT 07”, judul di baris 3:",
                        List.of(new ImportReportDocument.Item("Nomor KK", "“No. KK”"),
                                new ImportReportDocument.Item("NIK kepala keluarga", "“NIK”")),
                        new ImportReportDocument.Item("Tidak dipakai", "No, Keterangan"))),
                "Baris yang ditolak", problems, null, "Semua baris diimpor.", "NIK disamarkan.");
    }

    private static List<ImportReportDocument.Item> problems(int count) {
        List<ImportReportDocument.Item> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            problems.add(new ImportReportDocument.Item("Baris " + (i + 4), "NIK 647105******0003 juga ada di baris "
                    + (i + 90) + ". Satu orang hanya boleh menjadi kepala satu KK: hapus atau perbaiki baris yang "
                    + "salah, lalu impor lagi. (H. Abdul Rahman, S.Pd.)"));
        }
        return problems;
    }

    @Test
    void printsTheSummaryTheColumnsAndTheRejectedRowsOnA4() throws Exception {
        PdfProbe probe = new PdfProbe(renderer.render(doc(problems(3))));

        assertThat(probe.pageSize(0).getWidth()).isCloseTo(PaperSize.A4.widthPt(), within(0.01f));
        assertThat(probe.flatText()).contains("Kelurahan Gunung Bahagia", "Laporan Impor Daftar RT",
                "Kamis, 4 Juni 2026, pukul 09.30", "Ringkasan", "rt07.xlsx", "1. 3 baris tanpa data dilewati.",
                "Lembar “RT 07”, judul di baris 3:", "“No. KK”", "No, Keterangan", "Baris 6",
                "H. Abdul Rahman, S.Pd.", "NIK disamarkan.", "Halaman 1 dari 1");
        assertThat(probe.flatText()).doesNotContain("Semua baris diimpor.");
        assertThat(probe.smallestTextSize()).isGreaterThanOrEqualTo(9f);
    }

    @Test
    void aLongListRunsOverNumberedPages() throws Exception {
        PdfProbe probe = new PdfProbe(renderer.render(doc(problems(120))));

        int pages = probe.pageCount();
        assertThat(pages).isGreaterThan(3);
        assertThat(probe.flatText()).contains("Halaman " + pages + " dari " + pages, "Baris 123");
    }

    @Test
    void noRejectedRowsIsSaidInWords() throws Exception {
        assertThat(new PdfProbe(renderer.render(doc(List.of()))).flatText()).contains("Semua baris diimpor.");
    }

    @Test
    void refusesAFullNikOnPaper() {
        List<ImportReportDocument.Item> leaking = List.of(new ImportReportDocument.Item("Baris 4",
                "NIK 6471054707500003 tidak sah."));

        assertThatThrownBy(() -> doc(leaking)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Written for a person to look at, like {@code RenderedPreviewTest} does for tickets and receipts. */
    @Test
    void writesAPreviewPng() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "rendered"));
        PdfProbe probe = new PdfProbe(renderer.render(doc(problems(30))));
        for (int page = 0; page < 2; page++) {
            BufferedImage image = probe.renderGray(page, 100f);
            Path file = out.resolve("import-report-a4-page" + (page + 1) + ".png");
            assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
            assertThat(Files.size(file)).isPositive();
        }
    }
}
