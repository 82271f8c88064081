package id.loket.service.complaint;

import id.loket.documents.ComplaintReportDocument;
import id.loket.documents.ComplaintReportRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.complaint.Complaint;
import id.loket.domain.complaint.ComplaintTally;
import id.loket.domain.complaint.WorkingDayCount;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.CsvCells;
import id.loket.service.office.OfficeReports;
import id.loket.storage.AuditLog;
import id.loket.storage.ComplaintRepository;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The complaints of a period, counted for SKM element 8 (Penanganan Pengaduan, Saran dan Masukan): an A4
 * report for the lurah to sign, or CSV. Neither holds what a resident said nor how to reach them.
 */
public final class ComplaintReport {

    /** The CSV's header; one row per complaint. */
    public static final String CSV_HEADER =
            "number,received,kind,service,status,answered,working_days,late";

    private final ComplaintRepository store;
    private final ComplaintService complaints;
    private final ComplaintReportRenderer renderer;
    private final OfficeReportRenderer.Office office;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    public ComplaintReport(ComplaintRepository store, ComplaintService complaints, ComplaintReportRenderer renderer,
                           OfficeReportRenderer.Office office, AuditLog audit, Texts texts, Clock clock) {
        this.store = store;
        this.complaints = complaints;
        this.renderer = renderer;
        this.office = office;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** The counts of the complaints received from {@code from} to {@code to}, both included. */
    public ComplaintTally tally(LocalDate from, LocalDate to) {
        ComplaintTally.Builder tally = new ComplaintTally.Builder(complaints.days(), complaints.promiseWorkingDays(),
                LocalDate.now(clock));
        store.receivedBetween(from, to).forEach(tally::add);
        return tally.build();
    }

    public OfficeReports.Report pdf(LocalDate from, LocalDate to, String actor) {
        requireOrder(from, to);
        List<Complaint> found = store.receivedBetween(from, to);
        LocalDate today = LocalDate.now(clock);
        WorkingDayCount days = complaints.days();
        ComplaintTally.Builder builder = new ComplaintTally.Builder(days, complaints.promiseWorkingDays(), today);
        List<ComplaintReportDocument.Line> lines = new ArrayList<>();
        for (Complaint complaint : found) {
            builder.add(complaint);
            ComplaintLine line = complaints.line(complaint, days, today);
            String status = texts.text(EnumLabels.key(line.status()))
                    + (line.late() ? " " + texts.text("doc.complaints.lateMark") : "");
            lines.add(new ComplaintReportDocument.Line(line.number(), complaint.receivedAt().toLocalDate(),
                    texts.text(EnumLabels.key(line.kind())), line.serviceName(), status,
                    String.valueOf(line.workingDaysOpen())));
        }
        ComplaintTally tally = builder.build();
        List<ComplaintReportDocument.ServiceLine> perService = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : tally.perService().entrySet()) {
            perService.add(new ComplaintReportDocument.ServiceLine(complaints.serviceName(entry.getKey()), entry.getValue()));
        }
        perService.sort(java.util.Comparator.comparing(ComplaintReportDocument.ServiceLine::serviceName));
        byte[] pdf = renderer.render(new ComplaintReportDocument(office, from, to, LocalDateTime.now(clock),
                complaints.promiseWorkingDays(), new ComplaintReportDocument.Totals(tally.complaints(), tally.suggestions(),
                tally.answeredInTime(), tally.answeredLate(), tally.open(), tally.openLate(), tally.closed()),
                perService, lines));
        audit.record(actor, AuditAction.EXPORT, "report", "complaints " + from + " to " + to,
                found.size() + " complaints, counts only");
        return OfficeReports.Report.named("pengaduan-" + from + "-" + to, pdf);
    }

    /** Writes one CSV row per complaint of the period; returns how many. */
    public int writeCsv(LocalDate from, LocalDate to, Writer out, String actor) throws IOException {
        requireOrder(from, to);
        LocalDate today = LocalDate.now(clock);
        WorkingDayCount days = complaints.days();
        List<Complaint> found = store.receivedBetween(from, to);
        out.write(CSV_HEADER + "\n");
        for (Complaint complaint : found) {
            ComplaintLine line = complaints.line(complaint, days, today);
            out.write(String.join(",", List.of(line.number(), complaint.receivedAt().toLocalDate().toString(),
                    line.kind().name(), CsvCells.cell(complaint.serviceCode()), line.status().name(),
                    complaint.answeredAt().map(a -> a.toLocalDate().toString()).orElse(""),
                    String.valueOf(line.workingDaysOpen()), String.valueOf(line.late()))) + "\n");
        }
        out.flush();
        audit.record(actor, AuditAction.EXPORT, "report", "complaints " + from + " to " + to,
                "csv, " + found.size() + " complaints, counts only");
        return found.size();
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }
}
