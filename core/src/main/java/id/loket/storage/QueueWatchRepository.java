package id.loket.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lurah's reads of today's queue: who waits per service and since when, and which counters are
 * at work. Read only, like the board's.
 */
public final class QueueWatchRepository {

    /** The waiting tickets of one service: how many, and when the one waiting longest was issued. */
    public record Waiting(long count, LocalDateTime longestSince) {
    }

    /** A counter's latest call of the day. */
    public record CounterCall(int counter, LocalDateTime lastCall) {
    }

    /** The ticket a counter serves now (its latest call still in status CALLED). */
    public record Serving(int counter, char letter, int number) {
    }

    private final Jdbc jdbc;

    public QueueWatchRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Issued tickets still waiting, per service code. */
    public Map<String, Waiting> waiting(LocalDate day) {
        Map<String, Waiting> waiting = new LinkedHashMap<>();
        jdbc.forEach("""
                SELECT service_code, COUNT(*) AS waiting, MIN(issued_at) AS since FROM ticket
                WHERE service_day = ? AND status = 'WAITING' AND issued GROUP BY service_code
                """, row -> waiting.put(row.getString("service_code"),
                new Waiting(row.getLong("waiting"), Jdbc.time(row, "since").orElseThrow())), day);
        return waiting;
    }

    /** Every counter that called a ticket today, with its latest call, by counter number. */
    public List<CounterCall> counters(LocalDate day) {
        return jdbc.list("""
                SELECT counter_number, MAX(called_at) AS last_call FROM ticket
                WHERE service_day = ? AND counter_number IS NOT NULL AND called_at IS NOT NULL
                GROUP BY counter_number ORDER BY counter_number
                """, row -> new CounterCall(row.getInt(1), Jdbc.time(row, "last_call").orElseThrow()), day);
    }

    /** The ticket each counter serves now, by counter number. */
    public Map<Integer, Serving> serving(LocalDate day) {
        Map<Integer, Serving> serving = new LinkedHashMap<>();
        jdbc.forEach("""
                SELECT counter_number, letter, number FROM ticket
                WHERE service_day = ? AND status = 'CALLED' AND counter_number IS NOT NULL
                ORDER BY called_at DESC, id DESC
                """, row -> serving.putIfAbsent(row.getInt(1),
                new Serving(row.getInt(1), row.getString(2).charAt(0), row.getInt(3))), day);
        return serving;
    }
}
