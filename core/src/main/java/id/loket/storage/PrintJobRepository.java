package id.loket.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Every ticket and receipt sent to the printer, and how the driver answered. The failed ones are the
 * reprint list.
 */
public final class PrintJobRepository {

    /** What was printed. */
    public enum Kind { TICKET, RECEIPT }

    /** Where a job stands: being printed now, confirmed by the driver, or failed (to be printed again). */
    public enum Status { PRINTING, PRINTED, FAILED }

    /** One job as stored; {@code problem} is the driver's problem code of the last failed attempt. */
    public record Row(long id, Kind kind, long recordId, String recordCode, int counterNumber, String documentPath, Status status,
                      Optional<String> problem, int attempts, LocalDateTime createdAt,
                      Optional<LocalDateTime> lastAttemptAt, Optional<LocalDateTime> printedAt) {
    }

    private static final String SELECT = """
            SELECT id, kind, record_id, record_code, counter_number, document_path, status, problem, attempts, created_at,
                   last_attempt_at, printed_at
            FROM print_job
            """;

    private final Jdbc jdbc;

    public PrintJobRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A new job, about to be sent to the printer for its first attempt. */
    public Row start(Kind kind, long recordId, String recordCode, int counterNumber, String documentPath,
                     LocalDateTime now) {
        long id = jdbc.insert("""
                INSERT INTO print_job (kind, record_id, record_code, counter_number, document_path, status, attempts,
                                       created_at, last_attempt_at)
                VALUES (?, ?, ?, ?, ?, 'PRINTING', 1, ?, ?)
                """, kind.name(), recordId, recordCode, counterNumber, documentPath, now, now);
        return find(id).orElseThrow();
    }

    /**
     * Claims a failed job for one more attempt. Returns false when it is no longer failed (printed
     * meanwhile, or being printed from another screen), so one job is never printed twice at once.
     */
    public boolean retry(long id, LocalDateTime now) {
        return jdbc.update("""
                UPDATE print_job SET status = 'PRINTING', attempts = attempts + 1, last_attempt_at = ?
                WHERE id = ? AND status = 'FAILED'
                """, now, id) == 1;
    }

    public void printed(long id, LocalDateTime now) {
        jdbc.update("UPDATE print_job SET status = 'PRINTED', problem = NULL, printed_at = ? WHERE id = ?", now, id);
    }

    public void failed(long id, String problem) {
        jdbc.update("UPDATE print_job SET status = 'FAILED', problem = ? WHERE id = ?", problem, id);
    }

    public Optional<Row> find(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", PrintJobRepository::map, id);
    }

    /** The failed jobs of a kind made at one counter, oldest first: that counter's reprint list. */
    public List<Row> failed(Kind kind, int counterNumber) {
        return jdbc.list(SELECT + " WHERE status = 'FAILED' AND kind = ? AND counter_number = ? ORDER BY created_at, id",
                PrintJobRepository::map, kind.name(), counterNumber);
    }

    private static Row map(ResultSet row) throws SQLException {
        return new Row(
                row.getLong("id"),
                Kind.valueOf(row.getString("kind")),
                row.getLong("record_id"),
                row.getString("record_code"),
                row.getInt("counter_number"),
                row.getString("document_path"),
                Status.valueOf(row.getString("status")),
                Jdbc.text(row, "problem"),
                row.getInt("attempts"),
                row.getTimestamp("created_at").toLocalDateTime(),
                Jdbc.time(row, "last_attempt_at"),
                Jdbc.time(row, "printed_at"));
    }
}
