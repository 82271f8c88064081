package id.loket.domain.household;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A household of an RT list explained as not registering, as the papers for the ketua RT show it: who,
 * where, why and since when. No reporter's name: the sheet goes back to the RT, the name stays in the office.
 */
public record ExplainedHousehold(long householdId, String headName, String address, String maskedNik, ExplanationReason reason,
                                 LocalDate reportedOn) {

    public ExplainedHousehold {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reportedOn, "reportedOn");
    }
}
