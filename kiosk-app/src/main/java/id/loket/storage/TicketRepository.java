package id.loket.storage;

import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Queue tickets. Numbers are handed out per day and letter inside one transaction guarded by a
 * unique constraint; a call claims a ticket with a conditional update, so two counters can never get
 * the same ticket.
 */
public final class TicketRepository {

    private static final String SELECT = """
            SELECT id, service_day, service_code, lane, letter, number, status, issued_at, called_at, counter_number
            FROM ticket
            """;

    private final Jdbc jdbc;

    public TicketRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues the next number for the letter on that day. */
    public Ticket issue(LocalDate day, String serviceCode, Lane lane, char letter, LocalDateTime now) {
        return issue(day, serviceCode, lane, letter, now, true);
    }

    /**
     * Takes the next number for the letter on that day without issuing it yet: the ticket waits for no
     * counter until {@link #markIssued} (its printout was confirmed).
     */
    public Ticket reserve(LocalDate day, String serviceCode, Lane lane, char letter, LocalDateTime now) {
        return issue(day, serviceCode, lane, letter, now, false);
    }

    /** The ticket's printout was confirmed: it now counts in the queue. */
    public void markIssued(long ticketId) {
        jdbc.update("UPDATE ticket SET issued = TRUE WHERE id = ?", ticketId);
    }

    /** Whether the ticket was handed out (its printout confirmed). */
    public boolean isIssued(long ticketId) {
        return jdbc.count("SELECT COUNT(*) FROM ticket WHERE id = ? AND issued", ticketId) == 1;
    }

    private Ticket issue(LocalDate day, String serviceCode, Lane lane, char letter, LocalDateTime now,
                         boolean issued) {
        long id = jdbc.inTransaction(() -> {
            int number = (int) jdbc.count(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM ticket WHERE service_day = ? AND letter = ?",
                    day, letter);
            return jdbc.insert("""
                    INSERT INTO ticket (service_day, service_code, lane, letter, number, status, issued_at, issued)
                    VALUES (?, ?, ?, ?, ?, 'WAITING', ?, ?)
                    """, day, serviceCode, lane, letter, number, now, issued);
        });
        return find(id).orElseThrow();
    }

    public void attachDocument(long ticketId, String path) {
        jdbc.update("UPDATE ticket SET document_path = ? WHERE id = ?", path, ticketId);
    }

    public Optional<Ticket> find(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", TicketRepository::map, id);
    }

    /** Tickets still waiting that day and were issued before this one: "people ahead of you". */
    public int waitingAhead(Ticket ticket) {
        return (int) jdbc.count("""
                SELECT COUNT(*) FROM ticket WHERE service_day = ? AND status = 'WAITING' AND issued AND id < ?
                """, ticket.day(), ticket.id());
    }

    public int waitingCount(LocalDate day) {
        return (int) jdbc.count("SELECT COUNT(*) FROM ticket WHERE service_day = ? AND status = 'WAITING' AND issued", day);
    }

    /**
     * Claims the next waiting ticket of the day for a counter: priority lane first, then in order of
     * issue. The claim is a conditional update inside a transaction, so a ticket another counter
     * claimed a moment earlier is skipped, never shared.
     */
    public Optional<Ticket> claimNext(LocalDate day, int counterNumber, long agentId, LocalDateTime now) {
        // Each lost race means another counter took a ticket, so a counter can lose at most as many
        // times as there were tickets waiting: the loop always ends, and never gives up too early.
        int attempts = waitingCount(day) + 1;
        for (int attempt = 0; attempt < attempts; attempt++) {
            Optional<Long> claimed = jdbc.inTransaction(() -> {
                Optional<Long> candidate = jdbc.one("""
                        SELECT id FROM ticket WHERE service_day = ? AND status = 'WAITING' AND issued
                        ORDER BY CASE lane WHEN 'PRIORITY' THEN 0 ELSE 1 END, issued_at, id
                        LIMIT 1
                        """, row -> row.getLong(1), day);
                if (candidate.isEmpty()) {
                    return Optional.<Long>empty();
                }
                int updated = jdbc.update("""
                        UPDATE ticket SET status = 'CALLED', counter_number = ?, agent_id = ?, called_at = ?,
                                          call_count = call_count + 1
                        WHERE id = ? AND status = 'WAITING'
                        """, counterNumber, agentId, now, candidate.get());
                return updated == 1 ? candidate : Optional.of(-1L);
            });
            if (claimed.isEmpty()) {
                return Optional.empty();
            }
            if (claimed.get() > 0) {
                return find(claimed.get());
            }
        }
        throw new StorageException(StorageException.Reason.FAILED,
                "Could not claim a ticket after " + attempts + " attempts: other counters keep taking them", null);
    }

    public void finish(long ticketId, LocalDateTime now) {
        jdbc.update("UPDATE ticket SET status = 'DONE', finished_at = ? WHERE id = ? AND status = 'CALLED'", now, ticketId);
    }

    private static Ticket map(ResultSet row) throws SQLException {
        int counter = row.getInt("counter_number");
        Optional<Integer> counterNumber = row.wasNull() ? Optional.empty() : Optional.of(counter);
        return new Ticket(
                row.getLong("id"),
                row.getDate("service_day").toLocalDate(),
                row.getString("service_code"),
                Lane.valueOf(row.getString("lane")),
                row.getString("letter").charAt(0),
                row.getInt("number"),
                TicketStatus.valueOf(row.getString("status")),
                row.getTimestamp("issued_at").toLocalDateTime(),
                Jdbc.time(row, "called_at"),
                counterNumber);
    }
}
