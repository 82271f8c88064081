package id.loket.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The day's fairness sheet: was anyone kept waiting much longer than others, and did
 * the priority lane take its due share and no more. Counts and minutes only, no personal data.
 *
 * @param priorityShareOfCalls priority tickets among all first calls of the day, percent, if any call
 */
public record FairnessDocument(OfficeReportRenderer.Office office, LocalDate day, LocalDateTime madeAt,
                               Line total, List<Line> perLane, List<Line> perService, List<Line> perCounter,
                               OptionalDouble priorityShareOfCalls, int stillWaiting) {

    /**
     * One row: a lane, a service, a counter, or the whole day.
     *
     * @param waitAverageMinutes from issue to first call, over the tickets called
     * @param serviceAverageMinutes from call to finish, over the tickets served
     */
    public record Line(String label, int issued, int served, int noShows, int transfers,
                       OptionalDouble waitAverageMinutes, OptionalDouble waitMaximumMinutes,
                       OptionalDouble serviceAverageMinutes) {
        public Line {
            Objects.requireNonNull(label, "label");
        }
    }

    public FairnessDocument {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(total, "total");
        perLane = List.copyOf(perLane);
        perService = List.copyOf(perService);
        perCounter = List.copyOf(perCounter);
    }
}
