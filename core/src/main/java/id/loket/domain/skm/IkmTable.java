package id.loket.domain.skm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The IKM of a period per service, and for all services together. "All" pools every response of the
 * period (PermenPANRB computes the unit's index from all its respondents), so it is not the average of
 * the services' indices: a service with few respondents weighs as little as it should.
 *
 * @param rows one per service, in the order given
 */
public record IkmTable(SkmPeriod period, List<Row> rows, Ikm all) {

    /** The label of the pooled row in the CSV and on screens. */
    public static final String ALL = "ALL";

    public record Row(String serviceCode, Ikm ikm) {
        public Row {
            Objects.requireNonNull(serviceCode, "serviceCode");
            Objects.requireNonNull(ikm, "ikm");
        }
    }

    public IkmTable {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(all, "all");
        rows = List.copyOf(rows);
    }

    /** @param perService tallies by service code, in the order the rows should have */
    public static IkmTable of(SkmPeriod period, Map<String, ElementTally> perService) {
        List<Row> rows = new ArrayList<>();
        ElementTally pooled = new ElementTally();
        perService.forEach((code, tally) -> {
            rows.add(new Row(code, Ikm.of(tally)));
            pooled.add(tally);
        });
        return new IkmTable(period, rows, Ikm.of(pooled));
    }
}
