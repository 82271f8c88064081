package id.loket.service.office;

import id.loket.domain.audit.AuditAction;
import id.loket.service.device.DeviceService;
import id.loket.service.device.PrintoutService;
import id.loket.storage.AuditLog;

/**
 * Prints the office's reports (checklists, notices, schedules, follow-up sheets, summaries, import
 * reports) on this PC's printer, the one the settings name, as the counter prints its receipts. A
 * printed report is recorded: its names and addresses are then on paper, out of Loket's protection.
 */
public final class ReportPrinter {

    private final DeviceService devices;
    private final AuditLog audit;

    public ReportPrinter(DeviceService devices, AuditLog audit) {
        this.devices = devices;
        this.audit = audit;
    }

    /**
     * Sends every page of {@code report} to the printer; blocks until the driver confirmed or failed it.
     * The outcome's problem says what to do when it failed (paper out, printer off line...).
     */
    public PrintoutService.PrintOutcome print(OfficeReports.Report report, String actor) {
        String job = report.fileName().substring(0, report.fileName().length() - ".pdf".length());
        PrintoutService.PrintOutcome outcome = devices.printPdf(job, report.pdf());
        if (outcome.printed()) {
            audit.record(actor, AuditAction.REPORT_PRINTED, "report", report.fileName(), "printed");
        }
        return outcome;
    }
}
