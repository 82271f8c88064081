package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.skm.ElementTally;
import id.loket.domain.skm.Ikm;
import id.loket.domain.skm.SampleSize;
import id.loket.domain.skm.SkmPeriod;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class IkmRendererTest {

    private static final Path OUT = Path.of("target", "rendered");
    private static final OfficeReportRenderer.Office OFFICE = new OfficeReportRenderer.Office("Kelurahan Gunung Bahagia",
            "Jl. Anggrek Bahagia No. 7, Balikpapan Selatan", "Lurah Gunung Bahagia");

    /** 47 respondents whose IKM is 88.36: A with the exact 1/9, B with 0.111. */
    private static Ikm ikmOf88point36() {
        long[] sums = new long[9];
        Arrays.fill(sums, 166);
        sums[8] = 167;
        sums[2] = 144;
        sums[7] = 188;
        long[] counts = new long[9];
        Arrays.fill(counts, 47);
        ElementTally tally = new ElementTally();
        tally.add(47, sums, counts);
        return Ikm.of(tally);
    }

    private static IkmDocument document(Texts texts, long served) {
        Ikm all = ikmOf88point36();
        List<String> names = Arrays.stream(id.loket.domain.skm.SkmElement.values())
                .map(e -> texts.text(id.loket.domain.text.EnumLabels.key(e))).toList();
        return new IkmDocument(OFFICE, SkmPeriod.month(YearMonth.of(2026, 6)), LocalDateTime.of(2026, 7, 1, 9, 0),
                names, all, List.of(new IkmDocument.ServiceLine("Pendaftaran Perlinsos", all),
                new IkmDocument.ServiceLine("Aktivasi IKD", all), new IkmDocument.ServiceLine("Pekerja rentan", all),
                new IkmDocument.ServiceLine("Informasi dan pengaduan", all)),
                SampleSize.check(all.respondents(), served),
                List.of(new IkmDocument.ProfilePart("Jenis kelamin", List.of(new IkmDocument.ProfileCount("Laki-laki", 20),
                        new IkmDocument.ProfileCount("Perempuan", 25), new IkmDocument.ProfileCount("Tidak diisi", 2)))));
    }

    @Test
    void theReportSaysTheIkmItsGradeWhat0point111WouldGiveAndTheElementsToImprove() throws IOException {
        byte[] pdf = new IkmRenderer(Texts.indonesian()).render(document(Texts.indonesian(), 1_000));
        keep("ikm-id", pdf);

        assertThat(text(pdf)).contains("Laporan Indeks Kepuasan Masyarakat (IKM)", "88,36", "A (Sangat Baik)",
                "Dengan bobot 0,111", "hasilnya 88,27 (mutu B)", "U3 Waktu Penyelesaian: 3,064",
                "278 responden dibutuhkan untuk 1.000 warga dilayani: belum terpenuhi",
                "Peringatan: survei belum representatif", "Lurah Gunung Bahagia", "Laki-laki 20");
    }

    @Test
    void inEnglishTheSameReportReadsInEnglish() throws IOException {
        Texts english = Texts.forLocale(Texts.ENGLISH);
        byte[] pdf = new IkmRenderer(english).render(document(english, 40));
        keep("ikm-en", pdf);

        assertThat(text(pdf)).contains("Public Satisfaction Index (IKM) Report", "88.36", "A (Very good)",
                "it would be 88.27 (grade B)", "37 respondents needed for 40 residents served: reached")
                .doesNotContain("not representative");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void withNoTicketFinishedTheSampleSaysItCannotBeComputedRatherThanZeroOfZero() throws IOException {
        byte[] pdf = new IkmRenderer(Texts.indonesian()).render(document(Texts.indonesian(), 0));

        assertThat(text(pdf)).contains("belum ada tiket selesai pada periode ini").doesNotContain("0 responden dibutuhkan")
                .doesNotContain("Peringatan");
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
