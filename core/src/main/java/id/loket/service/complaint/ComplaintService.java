package id.loket.service.complaint;

import id.loket.documents.ComplaintSlipDocument;
import id.loket.documents.ComplaintSlipRenderer;
import id.loket.documents.PaperSize;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.complaint.CleanText;
import id.loket.domain.complaint.Complaint;
import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintStatus;
import id.loket.domain.complaint.Masking;
import id.loket.domain.complaint.WorkingDayCount;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.domain.office.OfficeProfile;
import id.loket.service.device.PrintoutService;
import id.loket.storage.AuditLog;
import id.loket.storage.ComplaintRepository;
import id.loket.storage.DocumentFolder;
import id.loket.storage.Jdbc;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Complaints and suggestions (pengaduan, Surat Edaran Wali Kota 8 April 2026 item 8d). Any agent records
 * one and the resident gets a numbered slip; only a supervisor (the lurah) reads them, assigns, answers and
 * closes. The text and contact are personal data: masked in lists, every read audited, and left out of
 * the audit trail and of the printed slip.
 */
public final class ComplaintService {

    public sealed interface RecordResult permits Rejected, Recorded {
    }

    /** Nothing was recorded; each problem says what to fix. */
    public record Rejected(List<Message> problems) implements RecordResult {
    }

    /**
     * Recorded (whatever the printer did: the slip can be printed again from the reprint list).
     *
     * @param printProblem what went wrong with the slip, when it did not print
     */
    public record Recorded(Complaint complaint, boolean printed, Optional<Message> printProblem)
            implements RecordResult {
    }

    public sealed interface Handled permits Refused, Done {
    }

    /** Nothing changed; the message says why and what to do. */
    public record Refused(Message reason) implements Handled {
    }

    public record Done(Complaint complaint) implements Handled {
    }

    /** A list, or why it is not shown. */
    public record Listing(Optional<Message> refused, List<ComplaintLine> lines) {
    }

    /** Where the slip goes: renderer, paper, kept copy and printer. */
    public record Slips(ComplaintSlipRenderer renderer, PaperSize paper, DocumentFolder documents, PrintoutService printouts,
                        OfficeProfile office) {
    }

    /** What the rules need beyond the database: the services by name, the promise, this counter, the clock. */
    public record Rules(Function<String, Optional<String>> serviceName, int promiseWorkingDays, int counterNumber,
                        Texts texts, Clock clock) {
    }

    private final Jdbc jdbc;
    private final ComplaintRepository complaints;
    private final AuditLog audit;
    private final Slips slips;
    private final Rules rules;

    public ComplaintService(Jdbc jdbc, ComplaintRepository complaints, AuditLog audit, Slips slips, Rules rules) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.audit = audit;
        this.slips = slips;
        this.rules = rules;
    }

    /** Records a complaint or suggestion and prints the resident's slip; any agent may. */
    public RecordResult record(ComplaintDraft draft, Agent agent) {
        List<Message> problems = new ArrayList<>(draft.problems());
        draft.serviceCode().filter(code -> rules.serviceName().apply(code).isEmpty())
                .ifPresent(code -> problems.add(Message.of("complaint.problem.unknownService", code)));
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        LocalDateTime now = LocalDateTime.now(rules.clock());
        Complaint saved = jdbc.inTransaction(() -> {
            Complaint complaint = complaints.insert(draft, rules.counterNumber(), agent.username(), now);
            // The text and contact stay out of the trail: it is kept longer than they may be.
            audit.record(agent.username(), AuditAction.COMPLAINT_RECORDED, "complaint", complaint.number(),
                    complaint.kind() + ", service " + complaint.serviceCode() + ", counter " + rules.counterNumber()
                            + complaint.ticketId().map(t -> ", ticket " + t).orElse(""));
            return complaint;
        });
        // After the commit: a printer out of paper never loses a complaint the agent saw recorded.
        byte[] pdf = slipPdf(saved);
        Path kept = slips.documents().save("complaints", now.toLocalDate(), saved.number(), pdf);
        PrintoutService.PrintOutcome printed = slips.printouts().printReceipt(saved.id(), saved.number(), pdf, kept);
        return new Recorded(saved, printed.printed(), printed.problem());
    }

    private byte[] slipPdf(Complaint complaint) {
        LocalDate answerBy = days().dueBy(complaint.receivedAt().toLocalDate(), rules.promiseWorkingDays());
        return slips.renderer().render(new ComplaintSlipDocument(slips.office().name(), slips.office().address(),
                complaint.number(), rules.texts().text(EnumLabels.key(complaint.kind())), serviceName(complaint.serviceCode()),
                complaint.receivedAt(), answerBy, complaint.contact().isPresent()), slips.paper());
    }

    /** One of the office's lists, masked; supervisor only, and audited as a read. */
    public Listing list(ComplaintView view, Agent reader) {
        if (reader.role() != Role.SUPERVISOR) {
            return new Listing(Optional.of(Message.of("complaint.supervisorOnly")), List.of());
        }
        LocalDate today = LocalDate.now(rules.clock());
        WorkingDayCount days = days();
        List<Complaint> found = view == ComplaintView.CLOSED
                ? complaints.closedSince(today.minusYears(1)) : complaints.notClosed();
        List<ComplaintLine> lines = new ArrayList<>();
        for (Complaint complaint : found) {
            ComplaintLine line = line(complaint, days, today);
            if (view != ComplaintView.LATE || line.late()) {
                lines.add(line);
            }
        }
        audit.record(reader.username(), AuditAction.COMPLAINT_READ, "complaint", "list " + view,
                lines.size() + " complaints, masked");
        return new Listing(Optional.empty(), lines);
    }

    /** One complaint whole (text, contact, answer); supervisor only, audited. */
    public Optional<Complaint> open(long id, Agent reader) {
        if (reader.role() != Role.SUPERVISOR) {
            audit.record(reader.username(), AuditAction.COMPLAINT_READ, "complaint", Complaint.numberOf(id),
                    "refused: not a supervisor");
            return Optional.empty();
        }
        Optional<Complaint> complaint = complaints.find(id);
        complaint.ifPresent(c -> audit.record(reader.username(), AuditAction.COMPLAINT_READ, "complaint", c.number(),
                "opened whole"));
        return complaint;
    }

    /** Names who in the office handles it. */
    public Handled assign(long id, String assignee, Agent supervisor) {
        String who = CleanText.of(assignee);
        Optional<Message> problem = who.isEmpty() ? Optional.of(Message.of("complaint.problem.noAssignee"))
                : who.length() > MAX_NAME ? Optional.of(Message.of("complaint.problem.assigneeTooLong", String.valueOf(MAX_NAME)))
                : Optional.empty();
        return change(id, supervisor, problem, "assigned", () -> complaints.assign(id, who));
    }

    /** Records the office's answer (a later answer replaces the earlier one until the complaint is closed). */
    public Handled answer(long id, String answer, Agent supervisor) {
        String text = CleanText.of(answer);
        Optional<Message> problem = text.isEmpty() ? Optional.of(Message.of("complaint.problem.noAnswer"))
                : text.length() > ComplaintDraft.MAX_TEXT
                ? Optional.of(Message.of("complaint.problem.answerTooLong", String.valueOf(ComplaintDraft.MAX_TEXT)))
                : Optional.empty();
        return change(id, supervisor, problem, "answered",
                () -> complaints.answer(id, text, supervisor.username(), LocalDateTime.now(rules.clock())));
    }

    /** Closes an answered complaint: the resident was told. */
    public Handled close(long id, Agent supervisor) {
        Optional<Complaint> now = complaints.find(id);
        Optional<Message> problem = now.filter(c -> c.status() == ComplaintStatus.OPEN)
                .map(c -> Message.of("complaint.problem.answerFirst", c.number()));
        return change(id, supervisor, problem, "closed",
                () -> complaints.close(id, supervisor.username(), LocalDateTime.now(rules.clock())));
    }

    /** The longest name of who handles a complaint (the column's size). */
    public static final int MAX_NAME = 100;

    private interface Update {
        boolean apply();
    }

    private Handled change(long id, Agent supervisor, Optional<Message> problem, String what, Update update) {
        if (supervisor.role() != Role.SUPERVISOR) {
            audit.record(supervisor.username(), AuditAction.COMPLAINT_HANDLED, "complaint", Complaint.numberOf(id),
                    "refused: not a supervisor");
            return new Refused(Message.of("complaint.supervisorOnly"));
        }
        if (problem.isPresent()) {
            return new Refused(problem.get());
        }
        return jdbc.inTransaction(() -> {
            Optional<Complaint> before = complaints.find(id);
            if (before.isEmpty()) {
                return new Refused(Message.of("complaint.problem.notFound", Complaint.numberOf(id)));
            }
            if (!update.apply()) {
                return new Refused(Message.of("complaint.problem.closed", before.get().number()));
            }
            audit.record(supervisor.username(), AuditAction.COMPLAINT_HANDLED, "complaint", before.get().number(), what);
            return new Done(complaints.find(id).orElseThrow());
        });
    }

    ComplaintLine line(Complaint complaint, WorkingDayCount days, LocalDate today) {
        LocalDate received = complaint.receivedAt().toLocalDate();
        LocalDate until = complaint.answeredAt().map(LocalDateTime::toLocalDate).orElse(today);
        return new ComplaintLine(complaint.id(), complaint.number(), complaint.kind(), serviceName(complaint.serviceCode()),
                complaint.receivedAt(), complaint.status(),
                days.isLate(complaint.status(), received, today, rules.promiseWorkingDays()),
                days.elapsed(received, until), complaint.assignee(),
                Masking.contact(complaint.contact().orElse("")), Masking.preview(complaint.text().orElse("")));
    }

    /** Working days as the office counts them: Monday to Friday without the schedule's holidays. */
    WorkingDayCount days() {
        return new WorkingDayCount(complaints.holidays());
    }

    String serviceName(String code) {
        // A service removed from the settings later still names its old complaints by code.
        return rules.serviceName().apply(code).orElse(code);
    }

    public int promiseWorkingDays() {
        return rules.promiseWorkingDays();
    }
}
