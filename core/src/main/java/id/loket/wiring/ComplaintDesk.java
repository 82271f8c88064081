package id.loket.wiring;

import id.loket.documents.ComplaintReportRenderer;
import id.loket.documents.ComplaintSlipRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.service.queue.TicketService;
import id.loket.service.complaint.ComplaintReport;
import id.loket.service.complaint.ComplaintService;
import id.loket.storage.ComplaintRepository;

/** Complaints taken at the counter (each with its slip and promised answer day) and their report. */
public record ComplaintDesk(ComplaintService complaints, ComplaintReport complaintReport) {

    /** @param tickets whose service names a complaint about a service is filed under */
    static ComplaintDesk wire(Foundation base, TicketService tickets) {
        var settings = base.settings();
        var texts = base.texts();
        var office = base.office();
        ComplaintRepository store = new ComplaintRepository(base.jdbc());
        ComplaintService complaints = new ComplaintService(base.jdbc(), store, base.audit(),
                new ComplaintService.Slips(new ComplaintSlipRenderer(texts), base.receiptPaper(), base.documents(),
                        base.printouts(), office),
                new ComplaintService.Rules(code -> settings.queue().service(code).map(tickets::serviceName),
                        settings.complaints().promiseWorkingDays(), settings.counter().number(), texts,
                        base.clock()));
        ComplaintReport report = new ComplaintReport(store, complaints, new ComplaintReportRenderer(texts),
                new OfficeReportRenderer.Office(office.name(), office.address(), base.lurahSignature()),
                base.audit(), texts, base.clock());
        return new ComplaintDesk(complaints, report);
    }
}
