package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.documents.CaseworkRenderer.FollowUpRow;
import id.loket.documents.CaseworkRenderer.RtGroup;
import id.loket.documents.OfficeReportRenderer.ChecklistLine;
import id.loket.documents.ScheduleDocuments.NoticeHousehold;
import id.loket.documents.ScheduleDocuments.RtNotice;
import id.loket.documents.ScheduleDocuments.Visit;
import id.loket.domain.household.ProgressCounts;
import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import id.loket.domain.household.RwProgress;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * No printed page holds only a signature or a closing sentence: for every length of list from one
 * row to well over a page, the last page also holds rows of the list it closes. A list length that
 * fills the first page exactly is among them, which is where a signature used to fall alone.
 */
class DocumentEndingsTest {

    private static final int MOST_ROWS = 90;
    private static final Texts TEXTS = Texts.indonesian();
    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);

    @Test
    void theChecklistsSignatureNeverStandsAlone() throws IOException {
        OfficeReportRenderer renderer = new OfficeReportRenderer(TEXTS);
        OfficeReportRenderer.Office office = new OfficeReportRenderer.Office("Kelurahan Gunung Bahagia",
                "Jl. Jenderal Sudirman No. 1", "Lurah Gunung Bahagia");
        assertEveryLengthEndsWithRows(rows -> {
            List<ChecklistLine> lines = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                lines.add(new ChecklistLine(row(i), "Jl. Mulawarman No. " + i, "6471********" + 1000 + i, ""));
            }
            return renderer.checklist(office, "RT 001 / RW 003", DAY, lines, List.of());
        });
    }

    @Test
    void theFollowUpSheetsSignatureNeverStandsAlone() throws IOException {
        CaseworkRenderer renderer = new CaseworkRenderer(TEXTS);
        CaseworkRenderer.Office office = new CaseworkRenderer.Office("Kelurahan Gunung Bahagia",
                "Jl. Jenderal Sudirman No. 1", "Lurah Gunung Bahagia");
        assertEveryLengthEndsWithRows(rows -> {
            List<FollowUpRow> list = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                list.add(new FollowUpRow(row(i), "6471********" + (1000 + i), "Jl. Mulawarman No. " + i, "Gagal",
                        "Portal tidak dapat diakses", "04-06", ""));
            }
            return renderer.followUps(office, "RT 001 / RW 003", DAY, List.of(new RtGroup("RT 001 / RW 003", list)));
        });
    }

    @Test
    void theRtNoticesSignatureNeverStandsAlone() throws IOException {
        ScheduleRenderer renderer = new ScheduleRenderer(TEXTS);
        assertEveryLengthEndsWithRows(rows -> {
            List<NoticeHousehold> households = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                households.add(new NoticeHousehold(i, row(i), "Jl. Mulawarman No. " + i));
            }
            Visit visit = new Visit(DAY, "08.00–12.00", Message.of("schedule.part.regular", "001", "003", 1, rows, rows),
                    households);
            return renderer.rtNotice(new RtNotice("Kelurahan Gunung Bahagia", "Jl. Jenderal Sudirman No. 1",
                    RtRef.of("3", "1"), DAY, DAY.plusDays(29), List.of(visit), List.of()));
        });
    }

    @Test
    void theDailySummarysSignatureNeverStandsAlone() throws IOException {
        OfficeReportRenderer renderer = new OfficeReportRenderer(TEXTS);
        OfficeReportRenderer.Office office = new OfficeReportRenderer.Office("Kelurahan Gunung Bahagia",
                "Jl. Jenderal Sudirman No. 1", "Lurah Gunung Bahagia");
        ProgressCounts counts = new ProgressCounts(100, 40, 10, 10, 20, 3, 2, 0);
        List<RtProgress> behind = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            behind.add(new RtProgress(RtRef.of("9", String.valueOf(i)), 100, i, 0, 0, i, 0, 0, 0));
        }
        for (int rws = 1; rws <= MOST_ROWS; rws++) {
            List<RwProgress> perRw = new ArrayList<>();
            for (int i = 1; i <= rws; i++) {
                perRw.add(new RwProgress(String.format("%03d", i), counts));
            }
            List<String> pages = pages(renderer.dailySummary(office, DAY.atTime(16, 0), counts, 5, 1, "", perRw, behind,
                    "AB12 CD34"));
            assertThat(pages.get(pages.size() - 1)).as("last of %d pages with %d RWs", pages.size(), rws)
                    .contains("RT 010 / RW 009");
        }
    }

    @Test
    void theFairnessSheetsSignatureNeverStandsAlone() throws IOException {
        FairnessRenderer renderer = new FairnessRenderer(TEXTS);
        OfficeReportRenderer.Office office = new OfficeReportRenderer.Office("Kelurahan Gunung Bahagia",
                "Jl. Jenderal Sudirman No. 1", "Lurah Gunung Bahagia");
        FairnessDocument.Line lane = line("Reguler");
        assertEveryLengthEndsWithRows(rows -> {
            List<FairnessDocument.Line> counters = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                counters.add(line(row(i).strip()));
            }
            return renderer.render(new FairnessDocument(office, DAY, DAY.atTime(16, 0), lane, List.of(lane),
                    List.of(lane), counters, OptionalDouble.of(20), 0));
        });
    }

    @Test
    void theImportReportsLastSentenceNeverStandsAlone() throws IOException {
        ImportReportRenderer renderer = new ImportReportRenderer(TEXTS);
        assertEveryLengthEndsWithRows(rows -> {
            List<ImportReportDocument.Item> problems = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                problems.add(new ImportReportDocument.Item(row(i).strip(), "NIK 647105******0003 juga ada di baris lain. "
                        + "Satu orang hanya boleh menjadi kepala satu KK: hapus atau perbaiki baris yang salah."));
            }
            return renderer.render(new ImportReportDocument("Kelurahan Gunung Bahagia", "Jl. Jenderal Sudirman No. 1",
                    "Laporan Impor Daftar RT", DAY.atTime(9, 30), "Ringkasan",
                    List.of(new ImportReportDocument.Item("Berkas", "rt07.xlsx")), List.of(), "Kolom yang dipakai",
                    List.of(new ImportReportDocument.MappingGroup("Lembar 1, judul di baris 1:",
                            List.of(new ImportReportDocument.Item("Nomor KK", "“No. KK”")), null)),
                    "Baris yang ditolak", problems, null, "Semua baris diimpor.", "NIK disamarkan."));
        });
    }

    private static FairnessDocument.Line line(String label) {
        return new FairnessDocument.Line(label, 10, 9, 1, 0, OptionalDouble.of(12), OptionalDouble.of(30),
                OptionalDouble.of(8));
    }

    /** Renders every length from 1 to {@value #MOST_ROWS} rows; a last page must show one of the rows. */
    private static void assertEveryLengthEndsWithRows(IntFunction<byte[]> render) throws IOException {
        boolean sawSeveralPages = false;
        for (int rows = 1; rows <= MOST_ROWS; rows++) {
            List<String> pages = pages(render.apply(rows));
            sawSeveralPages |= pages.size() > 1;
            assertThat(pages.get(pages.size() - 1))
                    .as("last of %d pages with %d rows", pages.size(), rows)
                    .contains(row(rows));
        }
        assertThat(sawSeveralPages).as("the lengths tried reach a second page").isTrue();
    }

    private static String row(int i) {
        return "Warga Nomor " + i + " ";
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }
}
