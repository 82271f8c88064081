package id.loket.service.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.service.office.FairnessReport;
import id.loket.wiring.AppContext;
import id.loket.cli.HeadlessMain;
import id.loket.cli.ConsoleInput;
import id.loket.config.Language;
import id.loket.documents.FairnessDocument;
import id.loket.documents.FairnessRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.domain.account.Role;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.QueuePolicy;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.Transfer;
import id.loket.domain.text.Texts;
import id.loket.storage.AgentRepository;
import id.loket.storage.AuditLog;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.storage.TicketRepository;
import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's services on a real office: estimates on the ticket, the day's close, the fairness sheet. */
class QueueServicesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);

    @TempDir
    Path dir;

    @Test
    void theTicketCarriesAWindowFromTheDefaultServiceTimeAndItsServicesDocuments() {
        try (AppContext app = TestApps.open(dir.resolve("data"))) {
            app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
            app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);

            TicketService.IssuedTicket third = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);

            // Two ahead × 8 minutes over 3 counters: 5 min 20 s; 80 % is 09:04, 120 % widened to ten minutes.
            assertThat(third.estimate().peopleAhead()).isEqualTo(2);
            assertThat(third.estimate().from()).isEqualTo(LocalTime.of(9, 0));
            assertThat(third.estimate().to()).isEqualTo(LocalTime.of(9, 15));
            assertThat(third.documents()).contains("KTP-el asli");
        }
    }

    @Test
    void aTappedCardPutsTheRtsScheduledDayOnTheTicketAndTheReadIsAudited() throws Exception {
        try (AppContext app = TestApps.withDemoData(dir.resolve("data"), 150)) {
            app.lists().schedules().plan().plan(id.loket.domain.schedule.PlanInputs.defaults(150), "lurah");
            StringWriter csv = new StringWriter();
            app.registration().householdExport().write(csv, "test");
            String[] row = csv.toString().lines().skip(1).map(line -> line.split(","))
                    .filter(cells -> cells.length == 6).findFirst().orElseThrow();
            id.loket.domain.household.RtRef rt = id.loket.domain.household.RtRef.of(row[4], row[3]);
            LocalDate day = app.lists().schedules().query().scheduledDayOf(rt).orElseThrow();
            String expected = day.equals(DAY) ? "hari ini"
                    : java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Texts.INDONESIAN).format(day);

            TicketService.IssuedTicket ticket = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR,
                    java.util.Optional.of(row[1]));

            assertThat(ticket.scheduleNote()).isPresent();
            String note = app.foundation().texts().text(ticket.scheduleNote().get());
            assertThat(note).contains(rt.label(), expected);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(
                    org.apache.pdfbox.Loader.loadPDF(ticket.pdf())).replaceAll("\\s+", " ")).contains(expected);
            assertThat(app.security().auditTrail().search(DAY, DAY, java.util.Optional.of(ResidentSchedule.ACTOR),
                    java.util.Optional.of(id.loket.domain.audit.AuditAction.HOUSEHOLD_READ))).hasSize(1);

            TicketService.IssuedTicket stranger = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR,
                    java.util.Optional.of("6471054707500003"));
            assertThat(app.foundation().texts().text(stranger.scheduleNote().orElseThrow())).contains("tetap dilayani");
            assertThat(stranger.printed()).as("served anyway").isTrue();
        }
    }

    @Test
    void afterClosingTimeNoTicketIsIssued() {
        try (AppContext app = TestApps.open(dir.resolve("data"), "queue.day-closes-at", "09:00")) {
            assertThat(app.queue().tickets().closedNow()).isTrue();
            assertThatThrownBy(() -> app.queue().tickets().issue("IKD", Lane.REGULAR))
                    .isInstanceOf(TicketService.DayClosedException.class);
            assertThat(app.queue().counter().waitingToday()).isZero();
        }
        try (AppContext app = TestApps.open(dir.resolve("data"), "queue.day-closes-at", "09:01")) {
            assertThat(app.queue().tickets().closedNow()).isFalse();
        }
    }

    @Test
    void fairnessFiguresCountWaitsPerLaneServiceAndCounter() {
        Path data = dir.resolve("data");
        TestApps.open(data).close();
        try (Database database = TestApps.database(data)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            long agent = new AgentRepository(jdbc).insert("agen9", "Agen", Role.AGENT, "x", false);
            TicketRepository tickets = new TicketRepository(jdbc, new QueuePolicy(TicketRepository.DEFAULT_RULES));
            LocalDateTime nine = DAY.atTime(9, 0);
            Ticket a1 = tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', nine);
            Ticket p1 = tickets.issue(DAY, "IKD", Lane.PRIORITY, 'P', nine.plusMinutes(5));
            Ticket a2 = tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', nine.plusMinutes(6));
            tickets.issue(DAY, "IKD", Lane.REGULAR, 'B', nine.plusMinutes(7));
            tickets.claimNext(DAY, 1, agent, nine.plusMinutes(10));      // P-001, waited 5
            tickets.claimNext(DAY, 2, agent, nine.plusMinutes(20));      // A-001, waited 20
            tickets.finish(p1.id(), nine.plusMinutes(16));
            tickets.transfer(a1.id(), 2, new Transfer.ToService("IKD"), nine.plusMinutes(24));
            tickets.claimNext(DAY, 1, agent, nine.plusMinutes(30));      // A-001 again (kept its place)
            tickets.finish(a1.id(), nine.plusMinutes(38));
            tickets.claimNext(DAY, 1, agent, nine.plusMinutes(40));      // A-002, waited 34
            tickets.recall(a2.id(), 1, nine.plusMinutes(41));
            tickets.recall(a2.id(), 1, nine.plusMinutes(42));
            tickets.noShow(a2.id(), 1, nine.plusMinutes(43));            // postponed: 3 calls made

            Clock clock = Clock.fixed(DAY.atTime(16, 5).atZone(ZoneId.of("Asia/Makassar")).toInstant(),
                    ZoneId.of("Asia/Makassar"));
            Texts texts = Texts.indonesian();
            FairnessReport report = new FairnessReport(tickets, TestApps.settings(data).queue(), Language.ID,
                    new FairnessRenderer(texts), new OfficeReportRenderer.Office("Kelurahan Uji", "", "Lurah"),
                    new AuditLog(jdbc, clock), texts, clock);

            FairnessDocument figures = report.figures(DAY);

            assertThat(figures.total().issued()).isEqualTo(4);
            assertThat(figures.total().served()).isEqualTo(2);
            assertThat(figures.total().transfers()).isEqualTo(1);
            assertThat(figures.stillWaiting()).isEqualTo(2);
            assertThat(figures.total().waitMaximumMinutes()).hasValue(34.0);
            assertThat(figures.perLane()).extracting(FairnessDocument.Line::label).containsExactly("Umum", "Prioritas");
            assertThat(figures.perLane().get(1).waitAverageMinutes()).hasValue(5.0);
            assertThat(figures.perLane().get(0).waitAverageMinutes()).hasValue(27.0);
            // A-001 was served 4 minutes for Perlinsos and 8 for IKD, where it finished.
            assertThat(figures.perService().get(1).serviceAverageMinutes()).hasValueCloseTo(
                    (6 + 12) / 2.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(figures.priorityShareOfCalls()).hasValueCloseTo(100.0 / 3,
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(figures.perCounter()).extracting(FairnessDocument.Line::label).containsExactly("Loket 1");
            assertThat(report.sheet(DAY, "lurah").fileName()).isEqualTo("keadilan-antrean-" + DAY + ".pdf");
        }
    }

    @Test
    void theCommandLineWritesTheFairnessSheetOfADay() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(data, 60)) {
            app.queue().tickets().issue("PERLINSOS", Lane.PRIORITY);
        }
        Path out = dir.resolve("keadilan.pdf");
        StringWriter err = new StringWriter();
        ConsoleInput lurah = new ConsoleInput() {
            @Override
            public char[] secret(String prompt) {
                return "999999".toCharArray();
            }

            @Override
            public String line(String prompt) {
                return null;
            }
        };

        int status = HeadlessMain.run(new String[] {"--config", TestApps.configFor(data).toString(), "--data-dir",
                data.toString(), "--user", "lurah", "export", "fairness", "--day", "2026-06-04", "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), lurah);

        assertThat(status).as(err.toString()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
