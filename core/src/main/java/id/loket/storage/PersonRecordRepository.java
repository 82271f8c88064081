package id.loket.storage;

import id.loket.domain.household.ExplanationReason;
import id.loket.domain.nik.Nik;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the person page shows of the Perlinsos registration and its case work, by household: every
 * attempt (not only the latest), the office's come-back days, the corrections and the explanations.
 * Read only; the use cases that write these rows have their own repositories.
 */
public final class PersonRecordRepository {

    /** One registration attempt, as the person page names it. */
    public record Attempt(String code, LocalDateTime savedAt, Outcome outcome, Optional<FailureReason> failureReason,
                          Optional<LocalDate> counterComeBack, String agent) {
    }

    /** A day the office asked the household to come back after a failed or pending attempt. */
    public record ComeBack(String code, LocalDate dueOn, String setBy, LocalDateTime setAt) {
    }

    /** A supervisor's correction of a saved registration, with its reason. */
    public record CorrectionDone(String code, LocalDateTime correctedAt, String correctedBy, String reason) {
    }

    /** Why the office recorded the household as not registering; undone when a supervisor took it back. */
    public record Explained(ExplanationReason reason, String reportedBy, LocalDate reportedOn,
                            Optional<LocalDateTime> undoneAt) {
    }

    /** The household's social-list flags (DTSEN desil, PKH) as the city's list set them. */
    public record SocialFlags(Optional<Integer> desil, boolean pkh) {
    }

    private final Jdbc jdbc;

    public PersonRecordRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The name a member met at the counter was recorded under (the head's name is on the household). */
    public Optional<String> memberName(Nik nik) {
        return jdbc.one("SELECT name FROM person WHERE nik = ?", row -> row.getString("name"), nik.digits());
    }

    public List<Attempt> attempts(long householdId) {
        return jdbc.list("""
                SELECT r.code, r.saved_at, r.outcome, r.failure_reason, r.follow_up_on, a.username
                FROM registration r JOIN agent_account a ON a.id = r.agent_id
                WHERE r.household_id = ? ORDER BY r.saved_at, r.id""", row -> new Attempt(row.getString("code"),
                row.getTimestamp("saved_at").toLocalDateTime(), Outcome.valueOf(row.getString("outcome")),
                Jdbc.text(row, "failure_reason").map(FailureReason::valueOf), day(row.getDate("follow_up_on")),
                row.getString("username")), householdId);
    }

    public List<ComeBack> comeBacks(long householdId) {
        return jdbc.list("""
                SELECT r.code, f.due_on, f.set_by, f.set_at
                FROM follow_up_date f JOIN registration r ON r.id = f.registration_id
                WHERE r.household_id = ? ORDER BY f.set_at""", row -> new ComeBack(row.getString("code"),
                row.getDate("due_on").toLocalDate(), row.getString("set_by"),
                row.getTimestamp("set_at").toLocalDateTime()), householdId);
    }

    public List<CorrectionDone> corrections(long householdId) {
        return jdbc.list("""
                SELECT r.code, c.corrected_at, c.corrected_by, c.reason
                FROM registration_correction c JOIN registration r ON r.id = c.registration_id
                WHERE r.household_id = ? ORDER BY c.corrected_at, c.id""", row -> new CorrectionDone(
                row.getString("code"), row.getTimestamp("corrected_at").toLocalDateTime(),
                row.getString("corrected_by"), row.getString("reason")), householdId);
    }

    public List<Explained> explanations(long householdId) {
        return jdbc.list("""
                SELECT reason, reported_by, reported_on, undone_at FROM household_explanation
                WHERE household_id = ? ORDER BY recorded_at, id""", row -> new Explained(
                ExplanationReason.valueOf(row.getString("reason")), row.getString("reported_by"),
                row.getDate("reported_on").toLocalDate(), Jdbc.time(row, "undone_at")), householdId);
    }

    public SocialFlags socialFlags(long householdId) {
        return jdbc.one("SELECT desil, pkh FROM household WHERE id = ?", row -> new SocialFlags(
                Optional.ofNullable((Integer) row.getObject("desil", Integer.class)), row.getBoolean("pkh")),
                householdId).orElse(new SocialFlags(Optional.empty(), false));
    }

    private static Optional<LocalDate> day(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }
}
