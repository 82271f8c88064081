package id.loket.storage;

import id.loket.domain.board.BoardCall;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The display board's reads of the ticket table (and of which counters are closed). Read only: the
 * queue is changed by the ticket screen and the counters, never by the board.
 */
public final class BoardRepository {

    private static final String CALL_COLUMNS = "id, letter, number, counter_number, called_at, call_count";
    private static final String SERVING_COLUMNS = "t.id, t.letter, t.number, t.counter_number, t.called_at, t.call_count";

    private final Jdbc jdbc;

    public BoardRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest call time in the table, if anything was ever called. */
    public Optional<LocalDateTime> latestCallTime() {
        return jdbc.one("SELECT MAX(called_at) AS latest FROM ticket", row -> Jdbc.time(row, "latest"))
                .flatMap(time -> time);
    }

    /** Every ticket called at or after {@code since}, oldest call first. */
    public List<BoardCall> callsSince(LocalDateTime since) {
        return jdbc.list("SELECT " + CALL_COLUMNS + " FROM ticket WHERE called_at >= ? AND counter_number IS NOT NULL"
                + " ORDER BY called_at, id", BoardRepository::call, since);
    }

    /**
     * The ticket each counter serves now (its latest call still in status CALLED), by counter. A counter
     * closed after that call (its agent logged out) serves nobody; once opened again, its ticket shows again.
     */
    public List<BoardCall> nowServing(LocalDate day) {
        List<BoardCall> called = jdbc.list("SELECT " + SERVING_COLUMNS + " FROM ticket t"
                + " LEFT JOIN counter_state c ON c.counter_number = t.counter_number"
                + " WHERE t.service_day = ? AND t.status = 'CALLED' AND t.counter_number IS NOT NULL"
                + " AND (c.counter_number IS NULL OR c.is_open OR c.changed_at < t.called_at)"
                + " ORDER BY t.called_at DESC, t.id DESC",
                BoardRepository::call, day);
        Map<Integer, BoardCall> byCounter = new LinkedHashMap<>();
        called.forEach(call -> byCounter.putIfAbsent(call.counter(), call));
        return byCounter.values().stream().sorted(java.util.Comparator.comparingInt(BoardCall::counter)).toList();
    }

    /** The counters closed on {@code day} (their agent logged out) and not opened again since. */
    public Set<Integer> closedCounters(LocalDate day) {
        Set<Integer> closed = new TreeSet<>();
        jdbc.forEach("SELECT counter_number FROM counter_state WHERE NOT is_open AND changed_at >= ? AND changed_at < ?",
                row -> closed.add(row.getInt("counter_number")), day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        return closed;
    }

    /** The latest {@code limit} calls of the day, newest first. */
    public List<BoardCall> latestCalls(LocalDate day, int limit) {
        return jdbc.list("SELECT " + CALL_COLUMNS + " FROM ticket WHERE service_day = ? AND called_at IS NOT NULL"
                + " AND counter_number IS NOT NULL ORDER BY called_at DESC, id DESC LIMIT ?",
                BoardRepository::call, day, limit);
    }

    /** Issued tickets still waiting, per service code. */
    public Map<String, Long> waitingByService(LocalDate day) {
        Map<String, Long> waiting = new LinkedHashMap<>();
        jdbc.forEach("SELECT service_code, COUNT(*) AS waiting FROM ticket WHERE service_day = ?"
                + " AND status = 'WAITING' AND issued GROUP BY service_code",
                row -> waiting.put(row.getString("service_code"), row.getLong("waiting")), day);
        return waiting;
    }

    private static BoardCall call(ResultSet row) throws SQLException {
        return new BoardCall(row.getLong("id"), row.getString("letter").charAt(0), row.getInt("number"),
                row.getInt("counter_number"), Jdbc.time(row, "called_at").orElseThrow(), row.getInt("call_count"));
    }
}
