package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.queue.WaitEstimate;
import id.loket.domain.text.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The full queue ticket (estimate window, documents to bring) and the daily fairness sheet. */
class QueuePrintoutsTest {

    static TicketDocument fullTicket() {
        return new TicketDocument(Samples.OFFICE, Samples.ADDRESS, "A-023", "Pendaftaran Perlinsos", false,
                Samples.THURSDAY_MORNING, 6, "LOKET-TIKET:1234",
                Optional.of(new WaitEstimate(6, LocalTime.of(10, 30), LocalTime.of(10, 50), true)),
                List.of("KTP-el asli", "Kartu Keluarga (KK) asli", "Ponsel (jika ada)"),
                Optional.of(id.loket.domain.text.Message.of("ticket.rt.otherDay", "RT 003 / RW 005",
                        java.util.Date.from(java.time.LocalDate.of(2026, 6, 8).atStartOfDay(java.time.ZoneId.systemDefault())
                                .toInstant()))));
    }

    static FairnessDocument fairness() {
        OfficeReportRenderer.Office office = new OfficeReportRenderer.Office(Samples.OFFICE, Samples.ADDRESS,
                "Lurah Sukamaju");
        FairnessDocument.Line all = new FairnessDocument.Line("Semua", 124, 110, 6, 3, OptionalDouble.of(21.4),
                OptionalDouble.of(58.0), OptionalDouble.of(6.2));
        return new FairnessDocument(office, LocalDate.of(2026, 6, 4), Samples.THURSDAY_MORNING.withHour(16), all,
                List.of(new FairnessDocument.Line("Umum", 96, 85, 5, 2, OptionalDouble.of(24.9), OptionalDouble.of(58.0),
                                OptionalDouble.of(6.0)),
                        new FairnessDocument.Line("Prioritas", 28, 25, 1, 1, OptionalDouble.of(9.3),
                                OptionalDouble.of(22.5), OptionalDouble.of(7.1))),
                List.of(new FairnessDocument.Line("Pendaftaran Perlinsos", 90, 80, 4, 0, OptionalDouble.of(23.0),
                                OptionalDouble.of(58.0), OptionalDouble.of(7.4)),
                        new FairnessDocument.Line("Informasi & Pengaduan", 0, 0, 0, 0, OptionalDouble.empty(),
                                OptionalDouble.empty(), OptionalDouble.empty())),
                List.of(new FairnessDocument.Line("Loket 1", 60, 55, 3, 2, OptionalDouble.of(20.0),
                        OptionalDouble.of(50.0), OptionalDouble.of(6.4))),
                OptionalDouble.of(22.6), 8);
    }

    @ParameterizedTest
    @EnumSource(value = PaperSize.class, names = {"THERMAL_58", "THERMAL_80"})
    void ticketSaysWhenToComeBackWhatToBringAndCarriesItsId(PaperSize size) throws Exception {
        byte[] pdf = new TicketRenderer(Texts.indonesian()).render(fullTicket(), size);
        PdfProbe probe = new PdfProbe(pdf);

        assertThat(probe.flatText()).contains("A-023", "6 orang di depan Anda", "Perkiraan dipanggil pukul 10.30–10.50",
                "Mohon siapkan:", "KTP-el asli", "Kartu Keluarga (KK) asli", "Senin, 8 Juni 2026", "Kelurahan Sukamaju");
        assertThat(probe.pageCount()).isEqualTo(1);
        assertThat(Units.toMm(probe.capHeightOf("A-023"))).isGreaterThanOrEqualTo(12f);
        QrAssertions.assertPrintedQr(pdf, "LOKET-TIKET:1234");
    }

    @Test
    void ticketInEnglishUsesTheColonAndSaysSoonWhenNobodyIsAhead() throws Exception {
        TicketDocument soon = new TicketDocument(Samples.OFFICE, "", "P-005", "IKD activation", true,
                Samples.THURSDAY_MORNING, 0, "LOKET-TIKET:9",
                Optional.of(new WaitEstimate(0, LocalTime.of(9, 15), LocalTime.of(9, 25), false)), List.of(),
                Optional.empty());

        String text = new PdfProbe(new TicketRenderer(Texts.forLocale(Texts.ENGLISH)).render(soon, PaperSize.THERMAL_58)).flatText();

        assertThat(text).contains("You will be called soon").doesNotContain("have ready", "[doc.");
    }

    @Test
    void fairnessSheetShowsTotalsAndEachTable() throws Exception {
        byte[] pdf = new FairnessRenderer(Texts.indonesian()).render(fairness());
        String text = new PdfProbe(pdf).flatText();

        assertThat(text).contains("Laporan Keadilan Antrean Harian", "Kamis, 4 Juni 2026", "124", "21,4 / 58,0 menit",
                "23 %", "Per jalur antrean", "Prioritas", "Per layanan", "Informasi & Pengaduan", "Per loket",
                "Loket 1", "Halaman 1").doesNotContain("[doc.");
    }
}
