package id.loket.storage;

import id.loket.domain.household.ExplainedHousehold;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.household.HouseholdExplanation;
import id.loket.domain.household.OpenHousehold;
import id.loket.domain.household.RtRef;
import id.loket.domain.nik.Nik;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Why households on the RT lists are not registered (moved out, died, ...). Rows are never deleted: an
 * undo stamps {@code undone_by} / {@code undone_at}, so a past day's counts can be made again.
 */
public final class ExplanationRepository {

    /** What the service checks before it records an explanation for a household. */
    public record HouseholdState(boolean onList, boolean registered, boolean explained) {
    }

    private final Jdbc jdbc;

    public ExplanationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The RTs that have households on a list, in RW and RT order. */
    public List<RtRef> rts() {
        return jdbc.list("""
                SELECT DISTINCT r.rw, r.rt FROM rt r JOIN household h ON h.rt_id = r.id AND h.on_rt_list
                ORDER BY r.rw, r.rt
                """, row -> RtRef.of(row.getString(1), row.getString(2)));
    }

    public List<OpenHousehold> open(RtRef rt) {
        return jdbc.list("""
                SELECT h.id, h.head_name, h.head_nik, h.address
                FROM household h JOIN rt r ON r.id = h.rt_id
                WHERE r.rw = ? AND r.rt = ? AND h.on_rt_list AND h.purged_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL')
                  AND NOT EXISTS (SELECT 1 FROM household_explanation e WHERE e.household_id = h.id
                                  AND e.undone_at IS NULL)
                ORDER BY h.id
                """, row -> new OpenHousehold(row.getLong(1), row.getString(2), Nik.ofStored(row.getString(3)).masked(),
                row.getString(4)), rt.rw(), rt.rt());
    }

    /**
     * The households of one RT list explained and not undone, in list order, for the checklist and the
     * schedule notice (a purged household has no name left to print and is left out).
     */
    public List<ExplainedHousehold> onList(RtRef rt) {
        return jdbc.list("""
                SELECT h.id, h.head_name, h.address, h.head_nik, e.reason, e.reported_on
                FROM household_explanation e JOIN household h ON h.id = e.household_id JOIN rt r ON r.id = h.rt_id
                WHERE r.rw = ? AND r.rt = ? AND e.undone_at IS NULL AND h.on_rt_list AND h.purged_at IS NULL
                ORDER BY h.id
                """, row -> new ExplainedHousehold(row.getLong(1), row.getString(2), row.getString(3),
                Nik.ofStored(row.getString(4)).masked(), ExplanationReason.valueOf(row.getString(5)),
                row.getObject(6, LocalDate.class)), rt.rw(), rt.rt());
    }

    public List<HouseholdExplanation> inForce(RtRef rt) {
        return jdbc.list("""
                SELECT e.id, h.id, h.head_name, h.head_nik, e.reason, e.reported_by, e.reported_on, e.recorded_by,
                       e.recorded_at
                FROM household_explanation e JOIN household h ON h.id = e.household_id JOIN rt r ON r.id = h.rt_id
                WHERE r.rw = ? AND r.rt = ? AND e.undone_at IS NULL
                ORDER BY h.id
                """, row -> new HouseholdExplanation(row.getLong(1), row.getLong(2), row.getString(3),
                Nik.ofStored(row.getString(4)).masked(), ExplanationReason.valueOf(row.getString(5)),
                row.getString(6), row.getObject(7, LocalDate.class), row.getString(8),
                row.getObject(9, LocalDateTime.class)), rt.rw(), rt.rt());
    }

    /** The household's state, locking its row so two supervisors cannot explain it at once. */
    public Optional<HouseholdState> stateForUpdate(long householdId) {
        return jdbc.one("""
                SELECT h.on_rt_list,
                       EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL'),
                       EXISTS (SELECT 1 FROM household_explanation e WHERE e.household_id = h.id AND e.undone_at IS NULL)
                FROM household h WHERE h.id = ? FOR UPDATE
                """, row -> new HouseholdState(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3)), householdId);
    }

    public long insert(long householdId, ExplanationReason reason, String reportedBy, LocalDate reportedOn,
                       String recordedBy, LocalDateTime recordedAt) {
        return jdbc.insert("""
                INSERT INTO household_explanation (household_id, reason, reported_by, reported_on, recorded_by,
                                                   recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, householdId, reason.name(), reportedBy, reportedOn, recordedBy, recordedAt);
    }

    /** Takes back an explanation still in force; 0 when it was undone already or never existed. */
    public int undo(long explanationId, String undoneBy, LocalDateTime undoneAt) {
        return jdbc.update("UPDATE household_explanation SET undone_by = ?, undone_at = ? WHERE id = ? AND undone_at IS NULL",
                undoneBy, undoneAt, explanationId);
    }

    public Optional<Long> householdOf(long explanationId) {
        return jdbc.one("SELECT household_id FROM household_explanation WHERE id = ?", row -> row.getLong(1),
                explanationId);
    }
}
