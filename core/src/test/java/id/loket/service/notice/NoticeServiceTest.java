package id.loket.service.notice;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.notice.NoticeDraft;
import id.loket.domain.queue.Lane;
import id.loket.domain.text.Message;
import id.loket.service.security.LoginService;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lurah's notices on a real H2 file: printed on the tickets of their first and last day and not of
 * the days around them, written only by a supervisor, withdrawn at once.
 */
class NoticeServiceTest {

    private static final String NOTICE = "Jumat 5 Juni pelayanan sampai pukul 11.00";
    /** Thursday 4 June 2026, the test office's first day. */
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 4);

    @TempDir
    Path dir;

    private static Agent login(AppContext app, String name, String pin) {
        return ((LoginService.LoggedIn) app.security().login().login(name, pin.toCharArray())).agent();
    }

    @Test
    void aNoticeIsPrintedOnTheTicketsOfItsFirstAndLastDayAndNotTheDaysAround() throws IOException {
        try (AppContext app = TestApps.withDemoData(dir, 30)) {
            NoticeService.Result written = app.queue().notices().write(new NoticeDraft(NOTICE,
                    Optional.of(FIRST.plusDays(1)), Optional.of(FIRST.plusDays(2))), login(app, "lurah", "999999"));
            assertThat(written).isInstanceOf(NoticeService.Written.class);
            assertThat(ticketText(app)).as("the day before").doesNotContain("Pengumuman", "11.00");
        }
        for (int day = 1; day <= 3; day++) {
            try (AppContext app = AppContext.open(TestApps.settings(dir), Clock.offset(TestApps.FIRST_DAY,
                    Duration.ofDays(day)))) {
                String ticket = ticketText(app);
                if (day < 3) {
                    assertThat(ticket).as("day %d", day).contains("Pengumuman:", "Jumat 5 Juni pelayanan sampai pukul");
                    assertThat(app.queue().tickets().noticesToday()).containsExactly(NOTICE);
                    assertThat(app.queue().board().snapshot().notices()).containsExactly(NOTICE);
                } else {
                    assertThat(ticket).as("the day after").doesNotContain("Pengumuman");
                    assertThat(app.queue().board().snapshot().notices()).isEmpty();
                }
            }
        }
    }

    @Test
    void theNoticeComesBelowEverythingTheResidentNeedsToBeCalled() throws IOException {
        try (AppContext app = TestApps.withDemoData(dir, 30)) {
            app.queue().notices().write(new NoticeDraft(NOTICE, Optional.of(FIRST), Optional.of(FIRST)),
                    login(app, "lurah", "999999"));

            String ticket = ticketText(app);

            assertThat(ticket.indexOf("Pengumuman:")).isGreaterThan(ticket.indexOf("Silakan duduk"));
        }
    }

    @Test
    void anAgentCannotWriteOrWithdrawANoticeAndNothingIsShown() {
        try (AppContext app = TestApps.withDemoData(dir, 30)) {
            Agent agent = login(app, "agen1", "111111");

            NoticeService.Result refused = app.queue().notices().write(new NoticeDraft(NOTICE, Optional.of(FIRST),
                    Optional.of(FIRST)), agent);

            assertThat(refused).isEqualTo(new NoticeService.Refused(List.of(Message.of("notice.supervisorOnly"))));
            assertThat(app.queue().notices().inForceToday()).isEmpty();
            Agent lurah = login(app, "lurah", "999999");
            long id = ((NoticeService.Written) app.queue().notices().write(new NoticeDraft(NOTICE, Optional.of(FIRST),
                    Optional.of(FIRST)), lurah)).notice().id();
            assertThat(app.queue().notices().withdraw(id, agent)).isFalse();
            assertThat(app.queue().notices().inForceToday()).hasSize(1);
        }
    }

    @Test
    void aWithdrawnNoticeIsNoLongerPrintedAndBothChangesAreAudited() throws IOException {
        try (AppContext app = TestApps.withDemoData(dir, 30)) {
            Agent lurah = login(app, "lurah", "999999");
            long id = ((NoticeService.Written) app.queue().notices().write(new NoticeDraft(NOTICE, Optional.of(FIRST),
                    Optional.of(FIRST.plusDays(3))), lurah)).notice().id();

            assertThat(app.queue().notices().withdraw(id, lurah)).isTrue();

            assertThat(app.queue().notices().withdraw(id, lurah)).as("once only").isFalse();
            assertThat(ticketText(app)).doesNotContain("Pengumuman");
            assertThat(app.security().auditTrail().search(FIRST, FIRST, Optional.of("lurah"),
                    Optional.of(AuditAction.SERVICE_NOTICE_CHANGED))).hasSize(2);
        }
    }

    private static String ticketText(AppContext app) throws IOException {
        byte[] pdf = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
