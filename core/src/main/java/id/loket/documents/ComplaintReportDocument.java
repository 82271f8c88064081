package id.loket.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The complaints of a period for the lurah's report and SKM element 8 (Penanganan Pengaduan, Saran dan
 * Masukan): counts, per service, and one line per complaint without what the resident said.
 *
 * @param promise the office's promise in working days
 */
public record ComplaintReportDocument(OfficeReportRenderer.Office office, LocalDate from, LocalDate to,
                                      LocalDateTime madeAt, int promise, Totals totals, List<ServiceLine> perService,
                                      List<Line> lines) {

    /** The period's counts. */
    public record Totals(int complaints, int suggestions, int answeredInTime, int answeredLate, int open, int openLate,
                         int closed) {
    }

    public record ServiceLine(String serviceName, int received) {
    }

    /** One complaint: its number, day, kind, service, where it stands and after how many working days. */
    public record Line(String number, LocalDate received, String kind, String serviceName, String status,
                       String workingDays) {
    }

    public ComplaintReportDocument {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(totals, "totals");
        perService = List.copyOf(perService);
        lines = List.copyOf(lines);
    }
}
