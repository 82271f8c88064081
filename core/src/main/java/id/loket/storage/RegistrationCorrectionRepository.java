package id.loket.storage;

import id.loket.domain.household.RtRef;
import id.loket.domain.nik.Nik;
import id.loket.domain.registration.Correction;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrections of saved registrations by a supervisor: finding the registration, changing its
 * correctable fields, and keeping each correction (who, when, why) with every field's value before
 * and after in {@code registration_correction}. Nothing here deletes a correction.
 */
public final class RegistrationCorrectionRepository {

    /** A registration with what its receipt and the correction screen need of its household. */
    public record Found(Registration registration, String headName, Nik headNik, RtRef rt, String agentName,
                        Optional<String> ticketNumber) {
    }

    private static final String SELECT = """
            SELECT g.id, g.code, g.household_id, g.ticket_id, g.path, g.ikd_state, g.phone, g.consent_version,
                   g.consent_at, g.outcome, g.outcome_note, g.portal_reference, g.agent_id, g.saved_at,
                   g.failure_reason, g.follow_up_on, h.head_name, h.head_nik, r.rw, r.rt, a.display_name, t.letter, t.number
            FROM registration g
            JOIN household h ON h.id = g.household_id
            JOIN rt r ON r.id = h.rt_id
            JOIN agent_account a ON a.id = g.agent_id
            LEFT JOIN ticket t ON t.id = g.ticket_id
            """;

    private final Jdbc jdbc;

    public RegistrationCorrectionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Found> byCode(String code) {
        return jdbc.one(SELECT + " WHERE g.code = ? AND g.purged_at IS NULL AND h.purged_at IS NULL",
                RegistrationCorrectionRepository::map, code);
    }

    public Optional<Found> byId(long id) {
        return jdbc.one(SELECT + " WHERE g.id = ? AND g.purged_at IS NULL AND h.purged_at IS NULL",
                RegistrationCorrectionRepository::map, id);
    }

    /** Every registration of the household whose KK number, head NIK or member NIK is {@code number}, newest first. */
    public List<Found> byHouseholdNumber(String number) {
        return jdbc.list(SELECT + """
                 WHERE g.purged_at IS NULL AND h.purged_at IS NULL
                   AND (h.head_nik = ? OR h.kk_number = ?
                        OR h.id IN (SELECT p.household_id FROM person p WHERE p.nik = ?))
                ORDER BY g.saved_at DESC, g.id DESC
                """, RegistrationCorrectionRepository::map, number, number, number);
    }

    /**
     * Writes the corrected values (the correctable fields of {@code corrected}; who was served and when
     * stay); call inside the transaction that keeps the correction and its audit event.
     */
    public void update(long registrationId, RegistrationDraft corrected) {
        int changed = jdbc.update("""
                UPDATE registration SET outcome = ?, outcome_note = ?, portal_reference = ?, path = ?, ikd_state = ?,
                                        phone = ?, failure_reason = ?, follow_up_on = ?
                WHERE id = ?
                """, corrected.outcome(), corrected.outcomeNote(), corrected.portalReference(), corrected.path(),
                corrected.ikdState(), corrected.phone(), corrected.failureReason(), corrected.followUpOn(),
                registrationId);
        if (changed != 1) {
            throw new StorageException(StorageException.Reason.FAILED, "no registration " + registrationId, null);
        }
    }

    public long keep(long registrationId, LocalDateTime at, String by, String reason, List<Correction.Change> changes) {
        long id = jdbc.insert("""
                INSERT INTO registration_correction (registration_id, corrected_at, corrected_by, reason)
                VALUES (?, ?, ?, ?)
                """, registrationId, at, by, reason);
        List<Object[]> rows = new ArrayList<>();
        for (Correction.Change change : changes) {
            rows.add(new Object[] {id, change.field(), change.before(), change.after()});
        }
        jdbc.batch("INSERT INTO registration_correction_field (correction_id, field, before_value, after_value) "
                + "VALUES (?, ?, ?, ?)", rows);
        return id;
    }

    /** Records the receipt made again for the corrected record, and makes it the one a reprint gives. */
    public void attachReceipt(long correctionId, long registrationId, String path) {
        jdbc.update("UPDATE registration_correction SET document_path = ? WHERE id = ?", path, correctionId);
        jdbc.update("UPDATE registration SET document_path = ? WHERE id = ?", path, registrationId);
    }

    /** The corrections of a registration, oldest first. */
    public List<Correction> history(long registrationId) {
        Map<Long, Correction> byId = new LinkedHashMap<>();
        Map<Long, List<Correction.Change>> changesOf = new LinkedHashMap<>();
        jdbc.forEach("""
                SELECT c.id, c.corrected_at, c.corrected_by, c.reason, f.field, f.before_value, f.after_value
                FROM registration_correction c
                LEFT JOIN registration_correction_field f ON f.correction_id = c.id
                WHERE c.registration_id = ?
                ORDER BY c.corrected_at, c.id, f.field
                """, row -> {
                    long id = row.getLong(1);
                    byId.computeIfAbsent(id, key -> {
                        try {
                            return new Correction(id, registrationId, row.getTimestamp(2).toLocalDateTime(),
                                    row.getString(3), row.getString(4), List.of());
                        } catch (SQLException e) {
                            throw new StorageException(StorageException.Reason.FAILED, "cannot read a correction", e);
                        }
                    });
                    String field = row.getString(5);
                    if (field != null) {
                        changesOf.computeIfAbsent(id, key -> new ArrayList<>()).add(new Correction.Change(
                                Correction.Field.valueOf(field),
                                Optional.ofNullable(row.getString(6)), Optional.ofNullable(row.getString(7))));
                    }
                }, registrationId);
        return byId.values().stream().map(c -> new Correction(c.id(), c.registrationId(), c.at(), c.by(), c.reason(),
                changesOf.getOrDefault(c.id(), List.of()))).toList();
    }

    private static Found map(ResultSet row) throws SQLException {
        long ticketId = row.getLong("ticket_id");
        Optional<Long> ticket = row.wasNull() ? Optional.empty() : Optional.of(ticketId);
        Registration registration = new Registration(
                row.getLong("id"), row.getString("code"), row.getLong("household_id"), ticket,
                RegistrationPath.valueOf(row.getString("path")), IkdState.valueOf(row.getString("ikd_state")),
                Jdbc.text(row, "phone"), row.getString("consent_version"),
                row.getTimestamp("consent_at").toLocalDateTime(), Outcome.valueOf(row.getString("outcome")),
                Jdbc.text(row, "outcome_note"), Jdbc.text(row, "portal_reference"), row.getLong("agent_id"),
                row.getTimestamp("saved_at").toLocalDateTime(),
                Jdbc.text(row, "failure_reason").map(FailureReason::valueOf),
                Optional.ofNullable(row.getDate("follow_up_on")).map(java.sql.Date::toLocalDate));
        String letter = row.getString("letter");
        Optional<String> ticketNumber = letter == null ? Optional.empty()
                : Optional.of(id.loket.domain.queue.Ticket.displayNumber(letter.charAt(0), row.getInt("number")));
        return new Found(registration, row.getString("head_name"), Nik.ofStored(row.getString("head_nik")),
                RtRef.of(row.getString("rw"), row.getString("rt")), row.getString("display_name"), ticketNumber);
    }
}
