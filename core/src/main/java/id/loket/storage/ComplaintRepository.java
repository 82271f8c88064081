package id.loket.storage;

import id.loket.domain.complaint.Complaint;
import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Complaints and suggestions; the changes the lurah makes are single updates guarded by the state they need. */
public final class ComplaintRepository {

    private static final String SELECT = """
            SELECT id, kind, service_code, body, contact, ticket_id, counter_number, recorded_by, received_at,
                   assignee, answer, answered_at, answered_by, closed_at, closed_by, purged_at
            FROM complaint
            """;

    private final Jdbc jdbc;

    public ComplaintRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a draft without problems; call inside the transaction that also writes its audit event. */
    public Complaint insert(ComplaintDraft draft, int counterNumber, String recordedBy, LocalDateTime now) {
        long id = jdbc.insert("""
                INSERT INTO complaint (kind, service_code, body, contact, ticket_id, counter_number, recorded_by,
                                       received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, draft.kind().orElseThrow(), draft.serviceCode().orElseThrow(), draft.text(), draft.contact(),
                draft.ticketId(), counterNumber, recordedBy, now);
        return find(id).orElseThrow();
    }

    public Optional<Complaint> find(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", ComplaintRepository::map, id);
    }

    /** Every complaint not closed, oldest first. */
    public List<Complaint> notClosed() {
        return jdbc.list(SELECT + " WHERE closed_at IS NULL ORDER BY received_at, id", ComplaintRepository::map);
    }

    /** Closed complaints received from {@code from} on, newest first. */
    public List<Complaint> closedSince(LocalDate from) {
        return jdbc.list(SELECT + " WHERE closed_at IS NOT NULL AND received_at >= ? ORDER BY received_at DESC, id DESC",
                ComplaintRepository::map, from.atStartOfDay());
    }

    /** Complaints received on the days {@code from} to {@code to}, both included, oldest first. */
    public List<Complaint> receivedBetween(LocalDate from, LocalDate to) {
        return jdbc.list(SELECT + " WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id",
                ComplaintRepository::map, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** Sets who handles it; false when it is closed (or gone). */
    public boolean assign(long id, String assignee) {
        return jdbc.update("UPDATE complaint SET assignee = ? WHERE id = ? AND closed_at IS NULL", assignee, id) == 1;
    }

    /** Records the answer (a later answer replaces an earlier one until closed); false when closed. */
    public boolean answer(long id, String answer, String by, LocalDateTime at) {
        return jdbc.update("UPDATE complaint SET answer = ?, answered_at = ?, answered_by = ? WHERE id = ? AND closed_at IS NULL",
                answer, at, by, id) == 1;
    }

    /** Closes an answered complaint; false when it is not answered or already closed. */
    public boolean close(long id, String by, LocalDateTime at) {
        return jdbc.update("""
                UPDATE complaint SET closed_at = ?, closed_by = ?
                WHERE id = ? AND closed_at IS NULL AND answered_at IS NOT NULL
                """, at, by, id) == 1;
    }

    /**
     * The holidays of the office's schedule in force (the planner's list is the one holiday list the
     * office keeps); none without a schedule.
     */
    public Set<LocalDate> holidays() {
        return new HashSet<>(jdbc.list(
                "SELECT holiday FROM schedule_holiday WHERE plan_id = (SELECT MAX(id) FROM schedule_plan)",
                row -> row.getDate(1).toLocalDate()));
    }

    private static Complaint map(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        long ticketId = row.getLong("ticket_id");
        Optional<Long> ticket = row.wasNull() ? Optional.empty() : Optional.of(ticketId);
        return new Complaint(id, Complaint.numberOf(id), ComplaintKind.valueOf(row.getString("kind")),
                row.getString("service_code"), Jdbc.text(row, "body"), Jdbc.text(row, "contact"), ticket,
                row.getInt("counter_number"), row.getString("recorded_by"),
                row.getTimestamp("received_at").toLocalDateTime(), Jdbc.text(row, "assignee"),
                Jdbc.text(row, "answer"), Jdbc.time(row, "answered_at"), Jdbc.text(row, "answered_by"),
                Jdbc.time(row, "closed_at"), Jdbc.text(row, "closed_by"), Jdbc.time(row, "purged_at"));
    }
}
