package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.loket.domain.text.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiptRendererTest {

    private final ReceiptRenderer renderer = new ReceiptRenderer(Texts.indonesian());

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void printsTheRegistration(PaperSize size) throws Exception {
        String text = new PdfProbe(renderer.render(Samples.receipt(), size)).flatText();

        assertThat(text).contains("Kelurahan Sukamaju", "Tanda Terima Pendaftaran Perlinsos",
                "Kamis, 4 Juni 2026, pukul 09.39", "REG-2026-000123", "A-023", "3273********0001",
                "H. Abdul Rahman, S.Pd.", "003/005", "Dibantu petugas dengan ponsel warga", "Sudah aktif",
                "Berhasil", "PLS-2026-8F3K22Q9", "Langkah selanjutnya", "1.", "3.",
                "Tunggu verifikasi dari Dinas Sosial", "Dewi Lestari",
                "Mohon simpan tanda terima ini");
        assertThat(text).doesNotContain("[doc.");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void pageIsAsWideAsThePaper(PaperSize size) throws Exception {
        PdfProbe probe = new PdfProbe(renderer.render(Samples.receipt(), size));

        assertThat(probe.pageSize(0).getWidth()).isCloseTo(size.widthPt(), within(0.01f));
        assertThat(probe.pageSize(0).getWidth()).isCloseTo(size.widthMm() / 25.4f * 72f, within(0.05f));
    }

    @ParameterizedTest
    @EnumSource(value = PaperSize.class, names = {"THERMAL_58", "THERMAL_80"})
    void thermalReceiptIsAsLongAsItsContent(PaperSize size) throws Exception {
        float short_ = new PdfProbe(renderer.render(receiptWithSteps(1), size)).pageSize(0).getHeight();
        float long_ = new PdfProbe(renderer.render(receiptWithSteps(6), size)).pageSize(0).getHeight();

        assertThat(long_).isGreaterThan(short_ + 5 * 9f);
        assertThat(Units.toMm(short_)).as("a short receipt is not a full page").isLessThan(250f);
    }

    @Test
    void a4ReceiptHasLetterheadSignatureAndPageNumbers() throws Exception {
        PdfProbe probe = new PdfProbe(renderer.render(Samples.receipt(), PaperSize.A4));
        String text = probe.flatText();

        assertThat(probe.pageCount()).isEqualTo(1);
        assertThat(probe.text().lines().findFirst()).hasValue("Kelurahan Sukamaju");
        assertThat(text).contains("Petugas", "Halaman 1 dari 1");
    }

    @Test
    void aLongA4ReceiptContinuesOnNumberedPages() throws Exception {
        PdfProbe probe = new PdfProbe(renderer.render(receiptWithSteps(60), PaperSize.A4));
        String text = probe.flatText();

        assertThat(probe.pageCount()).isGreaterThanOrEqualTo(2);
        int pages = probe.pageCount();
        assertThat(text).contains("Halaman 1 dari " + pages, "Halaman " + pages + " dari " + pages, "60.");
        for (int page = 0; page < pages; page++) {
            assertThat(probe.pageSize(page).getHeight()).isCloseTo(841.89f, within(0.05f));
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void qrCodeScansAndIsLargeEnough(PaperSize size) throws Exception {
        QrAssertions.assertPrintedQr(renderer.render(Samples.receipt(), size), Samples.receipt().qrPayload());
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void bodyTextIsAtLeastNinePoints(PaperSize size) throws Exception {
        assertThat(new PdfProbe(renderer.render(Samples.receipt(), size)).smallestTextSize())
                .isGreaterThanOrEqualTo(9f);
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void aWalkInReceiptLeavesOutTheTicketAndMissingReference(PaperSize size) throws Exception {
        String text = new PdfProbe(renderer.render(
                Samples.receiptWith("Siti Aminah", null, null, List.of()), size)).flatText();

        assertThat(text).contains("Siti Aminah", "Berhasil");
        assertThat(text).doesNotContain("Nomor antrean", "Referensi portal", "Langkah selanjutnya");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void aNameOutsideTheFontStillPrints(PaperSize size) throws Exception {
        String text = new PdfProbe(renderer.render(
                Samples.receiptWith("Ṣiti Nur’aini 王", null, null, Samples.steps(1)), size)).flatText();

        assertThat(text).contains("Siti Nur’aini ?");
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        String text = new PdfProbe(new ReceiptRenderer(Texts.forLocale(Texts.ENGLISH))
                .render(Samples.receipt(), PaperSize.THERMAL_80)).flatText();

        assertThat(text).contains("Perlinsos Registration Receipt", "Registration code", "Outcome", "Next steps");
    }

    @Test
    void aLongA4ReceiptNeverEndsOnAPageWithOnlyTheSignatureAndTheClosingLine() throws Exception {
        // Every length from one page to three, so the break falls before each of the last blocks in turn.
        for (int steps = 1; steps <= 90; steps++) {
            PdfProbe probe = new PdfProbe(renderer.render(receiptWithSteps(steps), PaperSize.A4));
            int pages = probe.pageCount();
            if (pages == 1) {
                continue;
            }
            List<String> lastPage = probe.pageText(pages - 1).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("Halaman ")).toList();
            assertThat(lastPage).as("last page of a receipt with %d steps", steps)
                    .anyMatch(line -> line.matches("\\d+\\. .*"));
            assertThat(lastPage).as("last page of a receipt with %d steps", steps).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void aCopySaysSoWithTheTimeItWasPrintedAgain(PaperSize size) throws Exception {
        ReceiptDocument copy = Samples.receipt().copyAt(java.time.LocalDateTime.of(2026, 6, 9, 14, 5));

        String text = new PdfProbe(renderer.render(copy, size)).flatText();

        assertThat(text).contains("SALINAN", "Dicetak ulang Selasa, 9 Juni 2026, pukul 14.05",
                "Kamis, 4 Juni 2026, pukul 09.39");
        assertThat(new PdfProbe(renderer.render(Samples.receipt(), size)).flatText()).doesNotContain("SALINAN");
    }

    @Test
    void aCopyInEnglishSaysCopy() throws Exception {
        ReceiptDocument copy = Samples.receipt().copyAt(java.time.LocalDateTime.of(2026, 6, 9, 14, 5));

        String text = new PdfProbe(new ReceiptRenderer(Texts.forLocale(java.util.Locale.ENGLISH))
                .render(copy, PaperSize.THERMAL_58)).flatText();

        assertThat(text).contains("COPY", "Printed again").doesNotContain("SALINAN");
    }

    @Test
    void anAttemptIsNotCalledProofOfRegistration() throws Exception {
        ReceiptDocument r = Samples.receipt();
        ReceiptDocument attempt = new ReceiptDocument(r.officeName(), r.officeAddress(), r.savedAt(),
                r.registrationCode(), r.ticketNumber(), r.maskedNik(), r.name(), r.rt(), r.rw(), r.pathText(),
                r.ikdText(), "Gagal: Kode OTP tidak masuk", null, r.nextSteps(), r.agentName(), r.qrPayload(),
                false, null);

        String text = new PdfProbe(renderer.render(attempt, PaperSize.THERMAL_80)).flatText();

        assertThat(text).contains("Catatan Layanan Pendaftaran Perlinsos", "BUKAN bukti")
                .doesNotContain("Tanda Terima Pendaftaran Perlinsos", "sebagai bukti pendaftaran");
    }

    private static ReceiptDocument receiptWithSteps(int count) {
        return Samples.receiptWith("H. Abdul Rahman, S.Pd.", "A-023", "PLS-2026-8F3K22Q9", Samples.steps(count));
    }
}
