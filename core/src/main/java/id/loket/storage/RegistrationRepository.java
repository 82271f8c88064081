package id.loket.storage;

import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Saved registrations. */
public final class RegistrationRepository {

    private static final String SELECT = """
            SELECT id, code, household_id, ticket_id, path, ikd_state, phone, consent_version, consent_at,
                   outcome, outcome_note, portal_reference, agent_id, saved_at, failure_reason, follow_up_on
            FROM registration
            """;

    private final Jdbc jdbc;

    public RegistrationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the draft under a new code; call inside the transaction that also writes its audit event. */
    public Registration insert(RegistrationDraft draft, String consentVersion, long agentId, LocalDateTime now) {
        long sequence = jdbc.count("SELECT NEXT VALUE FOR registration_code_seq");
        String code = Registration.codeFor(sequence);
        long id = jdbc.insert("""
                INSERT INTO registration (code, household_id, ticket_id, path, ikd_state, phone, consent_version,
                                          consent_at, outcome, outcome_note, portal_reference, agent_id, saved_at,
                                          failure_reason, follow_up_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, code, draft.householdId(), draft.ticketId(), draft.path(), draft.ikdState(), draft.phone(),
                consentVersion, now, draft.outcome(), draft.outcomeNote(), draft.portalReference(), agentId, now,
                draft.failureReason(), draft.followUpOn());
        return find(id).orElseThrow();
    }

    public void attachDocument(long registrationId, String path) {
        jdbc.update("UPDATE registration SET document_path = ? WHERE id = ?", path, registrationId);
    }

    /**
     * Where the registration's receipt is kept; empty when none is (a registration of the demo data, or
     * one saved before receipts were kept). Read through an Optional because a row's NULL cannot be an
     * element of the result list.
     */
    public Optional<String> documentPath(long registrationId) {
        return jdbc.one("SELECT document_path FROM registration WHERE id = ?",
                row -> Optional.ofNullable(row.getString(1)), registrationId).flatMap(path -> path);
    }

    public Optional<Registration> find(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", RegistrationRepository::map, id);
    }

    /** A registration by the code on its receipt ({@code REG-000123}). */
    public Optional<Registration> findByCode(String code) {
        return jdbc.one(SELECT + " WHERE code = ?", RegistrationRepository::map, code);
    }

    /** The household's registrations made while serving one ticket, newest first. */
    public List<Registration> forHouseholdAndTicket(long householdId, long ticketId) {
        return jdbc.list(SELECT + " WHERE household_id = ? AND ticket_id = ? ORDER BY id DESC",
                RegistrationRepository::map, householdId, ticketId);
    }

    /** The household's successful registration if any, otherwise its latest attempt. */
    public Optional<Registration> latestForHousehold(long householdId) {
        return jdbc.one(SELECT + """
                 WHERE household_id = ?
                ORDER BY CASE outcome WHEN 'BERHASIL' THEN 0 ELSE 1 END, saved_at DESC, id DESC
                LIMIT 1
                """, RegistrationRepository::map, householdId);
    }

    /** The display name of the agent who saved a registration, for a receipt made again. */
    public Optional<String> agentName(long registrationId) {
        return jdbc.one("""
                SELECT a.display_name FROM registration g JOIN agent_account a ON a.id = g.agent_id WHERE g.id = ?
                """, row -> row.getString(1), registrationId);
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM registration");
    }

    private static Registration map(ResultSet row) throws SQLException {
        long ticketId = row.getLong("ticket_id");
        Optional<Long> ticket = row.wasNull() ? Optional.empty() : Optional.of(ticketId);
        return new Registration(
                row.getLong("id"),
                row.getString("code"),
                row.getLong("household_id"),
                ticket,
                RegistrationPath.valueOf(row.getString("path")),
                IkdState.valueOf(row.getString("ikd_state")),
                Jdbc.text(row, "phone"),
                row.getString("consent_version"),
                row.getTimestamp("consent_at").toLocalDateTime(),
                Outcome.valueOf(row.getString("outcome")),
                Jdbc.text(row, "outcome_note"),
                Jdbc.text(row, "portal_reference"),
                row.getLong("agent_id"),
                row.getTimestamp("saved_at").toLocalDateTime(),
                Jdbc.text(row, "failure_reason").map(FailureReason::valueOf),
                Optional.ofNullable(row.getDate("follow_up_on")).map(java.sql.Date::toLocalDate));
    }
}
