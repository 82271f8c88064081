package id.loket.domain.household;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An explanation in force, with the household it explains (NIK masked) and who recorded it when. */
public record HouseholdExplanation(long id, long householdId, String headName, String maskedNik,
                                   ExplanationReason reason, String reportedBy, LocalDate reportedOn,
                                   String recordedBy, LocalDateTime recordedAt) {
}
