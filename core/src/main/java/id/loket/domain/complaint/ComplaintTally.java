package id.loket.domain.complaint;

import java.util.Map;
import java.util.TreeMap;

/**
 * Complaints of a period counted for SKM element 8 (Penanganan Pengaduan, Saran dan Masukan): how many
 * came in, how many were answered within the promise, answered late, still open and late, closed.
 */
public record ComplaintTally(int complaints, int suggestions, int answeredInTime, int answeredLate, int open,
                             int openLate, int closed, Map<String, Integer> perService) {

    public ComplaintTally {
        perService = Map.copyOf(perService);
    }

    public int received() {
        return complaints + suggestions;
    }

    /** Adds up complaints one at a time. */
    public static final class Builder {
        private final WorkingDayCount days;
        private final int promise;
        private final java.time.LocalDate today;
        private int complaints;
        private int suggestions;
        private int answeredInTime;
        private int answeredLate;
        private int open;
        private int openLate;
        private int closed;
        private final Map<String, Integer> perService = new TreeMap<>();

        public Builder(WorkingDayCount days, int promise, java.time.LocalDate today) {
            this.days = days;
            this.promise = promise;
            this.today = today;
        }

        public Builder add(Complaint complaint) {
            if (complaint.kind() == ComplaintKind.COMPLAINT) {
                complaints++;
            } else {
                suggestions++;
            }
            perService.merge(complaint.serviceCode(), 1, Integer::sum);
            java.time.LocalDate received = complaint.receivedAt().toLocalDate();
            if (complaint.answeredAt().isPresent()) {
                if (days.elapsed(received, complaint.answeredAt().get().toLocalDate()) > promise) {
                    answeredLate++;
                } else {
                    answeredInTime++;
                }
            } else if (complaint.status() == ComplaintStatus.OPEN) {
                open++;
                if (days.isLate(ComplaintStatus.OPEN, received, today, promise)) {
                    openLate++;
                }
            }
            if (complaint.status() == ComplaintStatus.CLOSED) {
                closed++;
            }
            return this;
        }

        public ComplaintTally build() {
            return new ComplaintTally(complaints, suggestions, answeredInTime, answeredLate, open, openLate, closed,
                    perService);
        }
    }
}
