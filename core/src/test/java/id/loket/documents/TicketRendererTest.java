package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.loket.domain.text.Texts;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketRendererTest {

    private final TicketRenderer renderer = new TicketRenderer(Texts.indonesian());

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void printsWhatTheResidentNeedsToKnow(PaperSize size) throws Exception {
        String text = new PdfProbe(renderer.render(Samples.ticket(), size)).flatText();

        assertThat(text).contains("Kelurahan Sukamaju", "Jl. Merdeka No. 12", "Nomor Antrean", "A-023",
                "Pendaftaran Perlinsos", "Kamis, 4 Juni 2026, pukul 09.15", "3 orang di depan Anda",
                "Silakan duduk, nomor Anda akan dipanggil.");
        assertThat(text).doesNotContain("Prioritas", "[doc.");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void marksAPriorityTicket(PaperSize size) throws Exception {
        String text = new PdfProbe(renderer.render(Samples.priorityTicket(), size)).flatText();

        assertThat(text).contains("P-005", "Prioritas", "Tidak ada antrean di depan Anda",
                "Pekerja Rentan / BPJS Ketenagakerjaan");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void pageIsAsWideAsThePaper(PaperSize size) throws Exception {
        PdfProbe probe = new PdfProbe(renderer.render(Samples.ticket(), size));
        PDRectangle page = probe.pageSize(0);

        assertThat(probe.pageCount()).isEqualTo(1);
        assertThat(page.getWidth()).isCloseTo(size.widthMm() * 72f / 25.4f, within(0.05f));
        if (size.isThermal()) {
            assertThat(Units.toMm(page.getHeight())).as("ticket length in mm").isBetween(80f, 160f);
        } else {
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.05f));
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void ticketNumberIsAtLeastTwelveMillimetresTall(PaperSize size) throws Exception {
        PdfProbe probe = new PdfProbe(renderer.render(Samples.priorityTicket(), size));

        assertThat(Units.toMm(probe.capHeightOf("P-005"))).isGreaterThanOrEqualTo(12f);
    }

    @Test
    void aLongTicketNumberIsNarrowedNotShrunk() throws Exception {
        TicketDocument wide = new TicketDocument("Kelurahan Sukamaju", "", "WW-1234", "Informasi & Pengaduan",
                false, Samples.THURSDAY_MORNING, 12, "LOKET-T-WW-1234");
        PdfProbe probe = new PdfProbe(renderer.render(wide, PaperSize.THERMAL_58));

        assertThat(probe.text()).contains("WW-1234", "12 orang di depan Anda");
        assertThat(Units.toMm(probe.capHeightOf("WW-1234"))).isGreaterThanOrEqualTo(12f);
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void qrCodeScansAndIsLargeEnough(PaperSize size) throws Exception {
        QrAssertions.assertPrintedQr(renderer.render(Samples.ticket(), size), Samples.ticket().qrPayload());
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void noTextIsSmallerThanNinePoints(PaperSize size) throws Exception {
        assertThat(new PdfProbe(renderer.render(Samples.priorityTicket(), size)).smallestTextSize())
                .isGreaterThanOrEqualTo(9f);
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        String text = new PdfProbe(new TicketRenderer(Texts.forLocale(Texts.ENGLISH))
                .render(Samples.ticket(), PaperSize.THERMAL_80)).flatText();

        assertThat(text).contains("Queue number", "Thursday, 4 June 2026, 09:15", "3 people are ahead of you",
                "Please take a seat; your number will be called.");
    }
}
