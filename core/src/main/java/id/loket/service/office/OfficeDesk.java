package id.loket.service.office;

/**
 * What the office face needs besides its reports, bundled for the composition root and the screens:
 * the printer for the reports, and today's queue to watch.
 */
public record OfficeDesk(ReportPrinter printer, QueueToday queue) {
}
