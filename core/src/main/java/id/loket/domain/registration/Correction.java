package id.loket.domain.registration;

import id.loket.domain.text.LabelPrefix;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A supervisor's correction of a saved registration: who, when, why, and each field's value before
 * and after. Kept for good; the registration itself then holds the values after.
 */
public record Correction(long id, long registrationId, LocalDateTime at, String by, String reason,
                         List<Change> changes) {

    /**
     * The fields a correction may change: what the agent entered, never who was served or when. New
     * fields go at the end: the names are stored, and a CHECK in the schema lists them (V11).
     */
    @LabelPrefix("correction.field.")
    public enum Field { OUTCOME, OUTCOME_NOTE, PORTAL_REFERENCE, PATH, IKD_STATE, PHONE, FAILURE_REASON, FOLLOW_UP_ON }

    /** One field of a correction. Empty: the field was (or became) empty. */
    public record Change(Field field, Optional<String> before, Optional<String> after) {
    }

    public Correction {
        changes = List.copyOf(changes);
    }
}
