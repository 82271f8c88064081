package id.loket.storage;

import id.loket.domain.household.RtRef;
import id.loket.domain.nik.Nik;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Registrations that did not succeed and still need the office: a household whose latest attempt
 * was GAGAL or PERLU_TINDAK_LANJUT and that has no successful one. A later success, or a later
 * attempt of the same household, takes it off the list.
 */
public final class FollowUpRepository {

    /**
     * One registration to follow up, the head's NIK in full: the service masks it for every list.
     *
     * @param officeDueOn   the day the office asked the household back ({@code follow_up_date})
     * @param counterDueOn  the day the agent asked the resident back at the counter ({@code registration.follow_up_on})
     */
    public record Row(long registrationId, String code, RtRef rt, String headName, Nik headNik, String address,
                      Outcome outcome, Optional<FailureReason> failureReason, Optional<String> note,
                      LocalDateTime savedAt, Optional<LocalDate> officeDueOn, Optional<LocalDate> counterDueOn) {

        /** The day the household is expected: the office's when it set one (it may move the counter's), else the counter's. */
        public Optional<LocalDate> dueOn() {
            return officeDueOn.or(() -> counterDueOn);
        }
    }

    private final Jdbc jdbc;

    public FollowUpRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The registrations to follow up, in one RT or (empty) all, in RW, RT and date order. */
    public List<Row> open(Optional<RtRef> rt) {
        return jdbc.list("""
                SELECT g.id, g.code, r.rw, r.rt, h.head_name, h.head_nik, h.address, g.outcome, g.outcome_note,
                       g.saved_at, f.due_on, g.failure_reason, g.follow_up_on
                FROM registration g
                JOIN household h ON h.id = g.household_id
                JOIN rt r ON r.id = h.rt_id
                LEFT JOIN follow_up_date f ON f.registration_id = g.id
                WHERE g.outcome IN ('GAGAL', 'PERLU_TINDAK_LANJUT') AND h.purged_at IS NULL
                  AND (CAST(? AS VARCHAR) IS NULL OR (r.rw = ? AND r.rt = ?))
                  AND NOT EXISTS (SELECT 1 FROM registration s
                                  WHERE s.household_id = g.household_id AND s.outcome = 'BERHASIL')
                  AND NOT EXISTS (SELECT 1 FROM registration later
                                  WHERE later.household_id = g.household_id
                                    AND (later.saved_at > g.saved_at
                                         OR (later.saved_at = g.saved_at AND later.id > g.id)))
                ORDER BY r.rw, r.rt, g.saved_at, g.id
                """, row -> new Row(row.getLong(1), row.getString(2), RtRef.of(row.getString(3), row.getString(4)),
                row.getString(5), Nik.ofStored(row.getString(6)), row.getString(7),
                Outcome.valueOf(row.getString(8)), Optional.ofNullable(row.getString(12)).map(FailureReason::valueOf),
                Optional.ofNullable(row.getString(9)), row.getTimestamp(10).toLocalDateTime(),
                Optional.ofNullable(row.getDate(11)).map(java.sql.Date::toLocalDate),
                Optional.ofNullable(row.getDate(13)).map(java.sql.Date::toLocalDate)),
                rt.map(RtRef::label).orElse(null), rt.map(RtRef::rw).orElse(null), rt.map(RtRef::rt).orElse(null));
    }

    /** Sets (or moves) the day the household is asked back; it wins over the day set at the counter. */
    public void setDueOn(long registrationId, LocalDate dueOn, String actor, LocalDateTime now) {
        jdbc.update("""
                MERGE INTO follow_up_date (registration_id, due_on, set_by, set_at) KEY (registration_id)
                VALUES (?, ?, ?, ?)
                """, registrationId, dueOn, actor, now);
    }

    public void clearDueOn(long registrationId) {
        jdbc.update("DELETE FROM follow_up_date WHERE registration_id = ?", registrationId);
    }
}
