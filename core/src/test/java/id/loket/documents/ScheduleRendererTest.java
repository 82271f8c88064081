package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.documents.ScheduleDocuments.DaySheet;
import id.loket.documents.ScheduleDocuments.NoticeHousehold;
import id.loket.documents.ScheduleDocuments.Overview;
import id.loket.documents.ScheduleDocuments.RtNotice;
import id.loket.documents.ScheduleDocuments.Visit;
import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.ListedHousehold;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.Planner;
import id.loket.domain.schedule.RtList;
import id.loket.domain.schedule.RtPart;
import id.loket.domain.text.Texts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The three schedule printouts: what they say, that they hold no NIK, and PNG previews in
 * {@code target/rendered/} for a person to look at.
 */
class ScheduleRendererTest {

    private static final Path OUT = Path.of("target", "rendered");
    private static final String OFFICE = "Kantor Kelurahan Gunung Bahagia";
    private static final String ADDRESS = "Jl. Jenderal Sudirman No. 1, Balikpapan Selatan";
    private static final String[] NAMES = {"Siti Nur'aini", "Budi Santoso, S.Pd.", "La Ode Hasan", "Ni Made Ayu",
            "Yohanes D'Costa", "Hj. Aminah binti Abdullah", "Andi Muhammad Rusdi Daeng Matasa"};

    private final ScheduleRenderer indonesian = new ScheduleRenderer(Texts.indonesian());

    private static List<RtList> lists() {
        List<RtList> lists = new ArrayList<>();
        long id = 1;
        int[][] sizes = {{52, 45, 38}, {120, 30}, {64}};
        for (int rw = 0; rw < sizes.length; rw++) {
            for (int rt = 0; rt < sizes[rw].length; rt++) {
                List<ListedHousehold> households = new ArrayList<>();
                for (int i = 0; i < sizes[rw][rt]; i++) {
                    households.add(new ListedHousehold(id++, i % 7 == 3, false));
                }
                lists.add(new RtList(RtRef.of(String.valueOf(rw + 1), String.valueOf(rt + 1)), households));
            }
        }
        return lists;
    }

    private static Plan plan(int capacity, boolean desilFirst) {
        return new Planner().plan(PlanInputs.defaults(capacity).withDesilFirst(desilFirst)
                .withWindow(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 10))
                .withHolidays(List.of(LocalDate.of(2026, 6, 9))), lists());
    }

    private static Visit visit(Plan.Visit planned) {
        List<NoticeHousehold> households = new ArrayList<>();
        RtPart part = planned.part();
        for (int i = 0; i < part.size(); i++) {
            int position = part.households().position(i);
            households.add(new NoticeHousehold(position, NAMES[position % NAMES.length] + " " + position,
                    "Jl. Mulawarman Gg. Melati No. " + position + ", RT " + part.rt().rt()));
        }
        return new Visit(planned.date(), planned.session().template().label(), part.describe(), households);
    }

    @Test
    void theDaySheetListsEachSessionsRtsAndRuns() throws Exception {
        Plan plan = plan(120, false);

        byte[] pdf = indonesian.daySheet(new DaySheet(OFFICE, ADDRESS, plan.days().get(0)));

        PdfProbe probe = new PdfProbe(pdf);
        String text = probe.flatText();
        assertThat(text).contains(OFFICE).contains("Jadwal Pendaftaran Perlinsos per RT").contains("Kamis, 4 Juni 2026")
                .contains("Sesi 1, pukul 08.00–12.00").contains("Sesi 2, pukul 13.00–15.00")
                .contains("ke-1 s.d. ke-52").contains("tetap dilayani").contains("Halaman 1 dari 1");
        assertThat(probe.pageSize(0).getWidth()).isEqualTo(Units.mm(210f), org.assertj.core.data.Offset.offset(1f));
        assertThat(probe.text()).as("the RT column before the RW column").containsPattern("(?m)^RT RW ");
        write("schedule-day", pdf, 0);
    }

    @Test
    void anRtNoticeNamesItsHouseholdsWithATickColumnAndNoNik() throws Exception {
        Plan plan = plan(120, true);
        RtRef rt = RtRef.of("2", "1");
        List<Visit> visits = plan.visitsOf(rt).stream().map(ScheduleRendererTest::visit).toList();
        assertThat(visits).hasSizeGreaterThan(1);

        byte[] pdf = indonesian.rtNotice(new RtNotice(OFFICE, ADDRESS, rt, LocalDate.of(2026, 6, 4),
                LocalDate.of(2026, 7, 3), visits, List.of()));

        PdfProbe probe = new PdfProbe(pdf);
        String text = probe.flatText();
        assertThat(text).contains("Pemberitahuan Jadwal Pendaftaran Perlinsos").contains("Kepada Yth. Ketua RT 001 / RW 002")
                .contains("KTP-el").contains("Sudah diberi tahu").contains("desil 1–2 dan PKH")
                .contains("Siti Nur'aini").contains("Budi Santoso, S.Pd.").contains("Lurah,");
        for (Visit visit : visits) {
            for (NoticeHousehold household : visit.households()) {
                assertThat(text).contains(household.name());
            }
        }
        assertThat(text).doesNotContainPattern("\\d{16}");
        assertThat(probe.pageCount()).isGreaterThan(1);
        write("schedule-rt-notice", pdf, 0);
        write("schedule-rt-notice-page2", pdf, 1);
        write("schedule-rt-notice-last", pdf, probe.pageCount() - 1);
    }

    @Test
    void theOverviewShowsTheInputsEveryDayAndWhatDidNotFit() throws Exception {
        Plan plan = plan(80, false);
        assertThat(plan.allFit()).isFalse();

        byte[] pdf = indonesian.overview(new Overview(OFFICE, ADDRESS, plan, LocalDateTime.of(2026, 6, 1, 9, 0)));

        String text = new PdfProbe(pdf).flatText();
        assertThat(text).contains("Rekapitulasi Jadwal Pendaftaran Perlinsos").contains("Senin, Selasa, Rabu, Kamis, Jumat")
                .contains("Selasa, 9 Juni 2026").contains("80 KK per hari; cadangan untuk warga tanpa jadwal 10%, jadi 72")
                .contains("Tidak mendapat tempat").contains("Senin, 8 Juni 2026").doesNotContain("Sabtu, 6 Juni");
        assertThat(new PdfProbe(pdf).text()).as("a session's hours on one line in the Pukul column")
                .contains("08.00–12.00").contains("13.00–15.00");
        write("schedule-overview", pdf, 0);
        byte[] english = new ScheduleRenderer(Texts.forLocale(Texts.ENGLISH))
                .overview(new Overview(OFFICE, ADDRESS, plan(400, true), LocalDateTime.of(2026, 6, 1, 9, 0)));
        assertThat(new PdfProbe(english).flatText()).contains("Perlinsos registration schedule overview")
                .contains("Monday, Tuesday").contains("desil 1–2/PKH").doesNotContain("Found no place");
        write("schedule-overview-en", english, 0);
    }

    private static void write(String name, byte[] pdf, int page) throws IOException {
        Files.createDirectories(OUT);
        BufferedImage image = new PdfProbe(pdf).renderGray(page, 100f);
        Path file = OUT.resolve(name + ".png");
        assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
    }
}
