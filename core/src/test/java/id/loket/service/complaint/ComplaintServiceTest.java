package id.loket.service.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.complaint.Complaint;
import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.complaint.ComplaintStatus;
import id.loket.domain.text.Message;
import id.loket.service.security.LoginService;
import id.loket.storage.Jdbc;
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
 * Complaints on a real H2 file with the simulated printer: recorded by any agent with a printed slip,
 * handled only by the lurah, masked in lists, every read audited, late after the promise, purged with
 * the retention period.
 */
class ComplaintServiceTest {

    private static final String TEXT = "Antrean terlalu lama, HP saya 081234567890, Pak Budi RT 3";

    @TempDir
    Path dir;

    private static Agent login(AppContext app, String name, String pin) {
        return ((LoginService.LoggedIn) app.security().login().login(name, pin.toCharArray())).agent();
    }

    private static ComplaintDraft complaint(String text, Optional<String> contact) {
        return new ComplaintDraft(Optional.of(ComplaintKind.COMPLAINT), Optional.of("INFORMASI"), text, contact,
                Optional.empty());
    }

    private static Complaint recorded(AppContext app, Agent agent) {
        ComplaintService.RecordResult result = app.complaintDesk().complaints().record(complaint(TEXT,
                Optional.of("081234567890")), agent);
        return ((ComplaintService.Recorded) result).complaint();
    }

    @Test
    void anAgentRecordsAComplaintAndTheResidentGetsANumberedSlipWithoutTheText() throws IOException {
        try (AppContext app = TestApps.withDemoData(dir, 60, "device.printer", "simulated")) {
            Agent agent = login(app, "agen1", "111111");

            ComplaintService.RecordResult result = app.complaintDesk().complaints().record(complaint(TEXT,
                    Optional.of("081234567890")), agent);

            assertThat(result).isInstanceOfSatisfying(ComplaintService.Recorded.class, r -> {
                assertThat(r.printed()).isTrue();
                assertThat(r.complaint().number()).isEqualTo("PGD-00001");
                assertThat(r.complaint().status()).isEqualTo(ComplaintStatus.OPEN);
                assertThat(r.complaint().recordedBy()).isEqualTo("agen1");
            });
            SimulatedPrinter printer = (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
            assertThat(printer.printed()).singleElement().satisfies(job -> {
                String slip = text(job.content());
                // 4 June 2026 is a Thursday: five working days later is Thursday 11 June.
                assertThat(slip).contains("PGD-00001", "Pengaduan", "11 Juni 2026", "Kantor akan menghubungi Anda")
                        .doesNotContain("Antrean terlalu lama", "0812");
            });
            List<AuditEvent> events = events(app, AuditAction.COMPLAINT_RECORDED);
            assertThat(events).singleElement().satisfies(e -> assertThat(e.detail())
                    .contains("COMPLAINT", "INFORMASI").doesNotContain("Antrean", "0812"));
        }
    }

    @Test
    void junkInputIsRefusedWithWhatToFixAndNothingIsRecorded() {
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            Agent agent = login(app, "agen1", "111111");

            ComplaintService.RecordResult blank = app.complaintDesk().complaints().record(new ComplaintDraft(Optional.empty(),
                    Optional.empty(), "\u0000\u0000   \u001b", Optional.empty(), Optional.empty()), agent);
            ComplaintService.RecordResult unknownService = app.complaintDesk().complaints().record(new ComplaintDraft(
                    Optional.of(ComplaintKind.SUGGESTION), Optional.of("'; DROP TABLE complaint; --"), "Tolong",
                    Optional.empty(), Optional.empty()), agent);

            assertThat(blank).isInstanceOfSatisfying(ComplaintService.Rejected.class, r -> assertThat(r.problems())
                    .extracting(Message::key).containsExactly("complaint.problem.noKind", "complaint.problem.noService",
                            "complaint.problem.noText"));
            assertThat(unknownService).isInstanceOfSatisfying(ComplaintService.Rejected.class, r -> assertThat(r.problems())
                    .containsExactly(Message.of("complaint.problem.unknownService", "'; DROP TABLE complaint; --")));
            Agent lurah = login(app, "lurah", "999999");
            assertThat(app.complaintDesk().complaints().list(ComplaintView.OPEN, lurah).lines()).isEmpty();
        }
    }

    @Test
    void anAgentCannotListOpenAnswerAssignOrCloseAndEveryTryIsRefused() {
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            Agent agent = login(app, "agen1", "111111");
            Complaint complaint = recorded(app, agent);

            assertThat(app.complaintDesk().complaints().list(ComplaintView.OPEN, agent).refused())
                    .contains(Message.of("complaint.supervisorOnly"));
            assertThat(app.complaintDesk().complaints().open(complaint.id(), agent)).isEmpty();
            assertThat(app.complaintDesk().complaints().assign(complaint.id(), "Agen Satu", agent))
                    .isEqualTo(new ComplaintService.Refused(Message.of("complaint.supervisorOnly")));
            assertThat(app.complaintDesk().complaints().answer(complaint.id(), "Sudah beres", agent))
                    .isEqualTo(new ComplaintService.Refused(Message.of("complaint.supervisorOnly")));
            assertThat(app.complaintDesk().complaints().close(complaint.id(), agent))
                    .isEqualTo(new ComplaintService.Refused(Message.of("complaint.supervisorOnly")));

            Agent lurah = login(app, "lurah", "999999");
            Complaint now = app.complaintDesk().complaints().open(complaint.id(), lurah).orElseThrow();
            assertThat(now.status()).isEqualTo(ComplaintStatus.OPEN);
            assertThat(now.assignee()).isEmpty();
            assertThat(events(app, AuditAction.COMPLAINT_HANDLED)).extracting(AuditEvent::detail)
                    .containsOnly("refused: not a supervisor").hasSize(3);
        }
    }

    @Test
    void theLurahAssignsAnswersAndClosesAndAClosedComplaintStaysAsItIs() {
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            Complaint complaint = recorded(app, login(app, "agen1", "111111"));
            Agent lurah = login(app, "lurah", "999999");

            assertThat(app.complaintDesk().complaints().close(complaint.id(), lurah))
                    .isEqualTo(new ComplaintService.Refused(Message.of("complaint.problem.answerFirst", "PGD-00001")));
            assertThat(app.complaintDesk().complaints().assign(complaint.id(), "  ", lurah))
                    .isEqualTo(new ComplaintService.Refused(Message.of("complaint.problem.noAssignee")));
            app.complaintDesk().complaints().assign(complaint.id(), "Kasi Pelayanan", lurah);
            app.complaintDesk().complaints().answer(complaint.id(), "Loket ketiga dibuka mulai Senin.", lurah);
            ComplaintService.Handled closed = app.complaintDesk().complaints().close(complaint.id(), lurah);

            assertThat(closed).isInstanceOfSatisfying(ComplaintService.Done.class, d -> {
                assertThat(d.complaint().status()).isEqualTo(ComplaintStatus.CLOSED);
                assertThat(d.complaint().assignee()).contains("Kasi Pelayanan");
                assertThat(d.complaint().answer()).contains("Loket ketiga dibuka mulai Senin.");
                assertThat(d.complaint().closedBy()).contains("lurah");
            });
            assertThat(app.complaintDesk().complaints().answer(complaint.id(), "Lain", lurah))
                    .isEqualTo(new ComplaintService.Refused(Message.of("complaint.problem.closed", "PGD-00001")));
            assertThat(app.complaintDesk().complaints().list(ComplaintView.OPEN, lurah).lines()).isEmpty();
            assertThat(app.complaintDesk().complaints().list(ComplaintView.CLOSED,
                    lurah).lines()).extracting(ComplaintLine::number)
                    .containsExactly("PGD-00001");
        }
    }

    @Test
    void aListMasksTheContactAndTheNumbersInTheTextAndIsAudited() {
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            recorded(app, login(app, "agen1", "111111"));
            Agent lurah = login(app, "lurah", "999999");

            ComplaintLine line = app.complaintDesk().complaints().list(ComplaintView.OPEN, lurah).lines().get(0);

            assertThat(line.maskedContact()).isEqualTo("08********90");
            assertThat(line.preview()).startsWith("Antrean terlalu lama, HP saya 0").doesNotContain("1234567");
            assertThat(events(app, AuditAction.COMPLAINT_READ)).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("1 complaints, masked"));
            app.complaintDesk().complaints().open(line.id(), lurah);
            assertThat(events(app, AuditAction.COMPLAINT_READ)).extracting(AuditEvent::detail).contains("opened whole");
        }
    }

    @Test
    void anUnansweredComplaintStandsOutAsLateTheWorkingDayAfterThePromise() {
        try (AppContext app = TestApps.withDemoData(dir, 60, "complaints.promise-working-days", "2")) {
            recorded(app, login(app, "agen1", "111111"));
        }
        // Received Thursday 4 June; two working days: Friday 5 and Monday 8. Late on Tuesday 9.
        try (AppContext app = AppContext.open(TestApps.settings(dir, "complaints.promise-working-days", "2"),
                Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(4)))) {
            Agent lurah = login(app, "lurah", "999999");
            assertThat(app.complaintDesk().complaints().list(ComplaintView.LATE, lurah).lines()).isEmpty();
            assertThat(app.complaintDesk().complaints().list(ComplaintView.OPEN, lurah).lines()).singleElement()
                    .satisfies(l -> assertThat(l.workingDaysOpen()).isEqualTo(2));
        }
        try (AppContext app = AppContext.open(TestApps.settings(dir, "complaints.promise-working-days", "2"),
                Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(5)))) {
            Agent lurah = login(app, "lurah", "999999");
            assertThat(app.complaintDesk().complaints().list(ComplaintView.LATE, lurah).lines()).singleElement()
                    .satisfies(l -> assertThat(l.late()).isTrue());
        }
    }

    @Test
    void aHolidayOfTheScheduleInForceDoesNotCountTowardsThePromise() {
        // Received Thursday 4 June; Friday 5 June is a holiday of the plan: Monday 8 is the first working day.
        try (AppContext app = TestApps.withDemoData(dir, 60, "complaints.promise-working-days", "1")) {
            app.lists().schedules().plan().plan(id.loket.domain.schedule.PlanInputs.defaults(40)
                    .withHolidays(List.of(LocalDate.of(2026, 6, 5))), "lurah");
            recorded(app, login(app, "agen1", "111111"));
        }
        try (AppContext app = AppContext.open(TestApps.settings(dir, "complaints.promise-working-days", "1"),
                Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(4)))) {
            Agent lurah = login(app, "lurah", "999999");
            assertThat(app.complaintDesk().complaints().list(ComplaintView.OPEN, lurah).lines()).singleElement()
                    .satisfies(l -> {
                        assertThat(l.workingDaysOpen()).isEqualTo(1);
                        assertThat(l.late()).isFalse();
                    });
        }
    }

    @Test
    void theRetentionPurgeRemovesTheTextContactAndAnswerAndKeepsTheCounts() {
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            Complaint complaint = recorded(app, login(app, "agen1", "111111"));
            app.complaintDesk().complaints().answer(complaint.id(), "Dijawab lewat HP 0812",
                    login(app, "lurah", "999999"));
        }
        Clock later = Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(800));
        try (AppContext app = AppContext.open(TestApps.settings(dir), later)) {
            app.security().purge().purge("lurah");
            Complaint purged = app.complaintDesk().complaints().open(1, login(app, "lurah", "999999")).orElseThrow();
            assertThat(purged.text()).isEmpty();
            assertThat(purged.contact()).isEmpty();
            assertThat(purged.answer()).isEmpty();
            assertThat(purged.purgedAt()).isPresent();
            assertThat(app.complaintDesk().complaintReport().tally(LocalDate.of(2026, 6, 1),
                    LocalDate.of(2026, 6, 30)).received())
                    .isEqualTo(1);
        }
        try (var database = TestApps.database(dir)) {
            assertThat(new Jdbc(database.dataSource()).count(
                    "SELECT COUNT(*) FROM complaint WHERE body IS NOT NULL OR contact IS NOT NULL")).isZero();
        }
    }

    private static List<AuditEvent> events(AppContext app, AuditAction action) {
        return app.security().auditTrail().search(app.reporting().progress().today(),
                app.reporting().progress().today(), Optional.empty(),
                Optional.of(action));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
