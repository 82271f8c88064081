package id.loket.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.household.RtRef;
import id.loket.domain.queue.Lane;
import id.loket.domain.schedule.PlanInputs;
import id.loket.support.TestApps;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a KTP-el tapped on the ticket screen tells the resident: their RT's day, and the priority lane at 60. */
class ResidentScheduleTest {

    /** Born 7 July 1950 (a woman: day 47): 75 in June 2026. */
    private static final String NIK_BORN_1950 = "6471054707500003";
    /** Born 17 May 1990. */
    private static final String NIK_BORN_1990 = "6471051705900001";

    @TempDir
    Path dir;

    @Test
    void aResidentWhoseRtDayHasPassedIsToldSoWithoutAPastDate() throws Exception {
        Path data = dir.resolve("data");
        String nik;
        LocalDate rtDay;
        try (AppContext app = TestApps.withDemoData(data, 150)) {
            app.lists().schedules().plan().plan(PlanInputs.defaults(150), "lurah");
            StringWriter csv = new StringWriter();
            app.registration().householdExport().write(csv, "test");
            String[] row = csv.toString().lines().skip(1).map(line -> line.split(","))
                    .filter(cells -> cells.length == 6).findFirst().orElseThrow();
            nik = row[1];
            rtDay = app.lists().schedules().query().scheduledDayOf(RtRef.of(row[4], row[3])).orElseThrow();
        }
        Clock dayAfter = Clock.fixed(rtDay.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant(),
                ZoneId.of("Asia/Makassar"));
        try (AppContext app = AppContext.open(TestApps.settings(data), dayAfter)) {
            TicketService.IssuedTicket ticket = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR,
                    Optional.of(nik));

            String note = app.foundation().texts().text(ticket.scheduleNote().orElseThrow());
            assertThat(note).contains("sudah lewat", "tetap dilayani hari ini")
                    .doesNotContain(String.valueOf(rtDay.getYear()));
        }
    }

    @Test
    void sixtyOrOlderByTheCardsBirthDateOrElseTheNiks() {
        try (AppContext app = TestApps.open(dir.resolve("data"))) {
            TicketService tickets = app.queue().tickets();
            assertThat(tickets.priorityByAge(NIK_BORN_1950, Optional.empty())).isTrue();
            assertThat(tickets.priorityByAge(NIK_BORN_1990, Optional.empty())).isFalse();
            // The card's own birth date counts over the NIK's (a NIK's date can be off by a correction).
            assertThat(tickets.priorityByAge(NIK_BORN_1990, Optional.of(LocalDate.of(1960, 1, 1)))).isTrue();
            assertThat(tickets.priorityByAge(NIK_BORN_1950, Optional.of(LocalDate.of(1980, 1, 1)))).isFalse();
        }
    }

    @Test
    void aNikThatIsNoNikSuggestsNothing() {
        try (AppContext app = TestApps.open(dir.resolve("data"))) {
            assertThat(app.queue().tickets().priorityByAge("1234567890123456", Optional.empty())).isFalse();
            assertThat(app.queue().tickets().priorityByAge("", Optional.empty())).isFalse();
        }
    }
}
