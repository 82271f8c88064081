package id.loket.storage;

import id.loket.domain.queue.Lane;
import id.loket.domain.queue.NoShowDecision;
import id.loket.domain.queue.QueueEntry;
import id.loket.domain.queue.QueuePolicy;
import id.loket.domain.queue.QueueRules;
import id.loket.domain.queue.QueueState;
import id.loket.domain.queue.QueueTicket;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.TicketStatus;
import id.loket.domain.queue.Transfer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.LoggerFactory;

/**
 * Queue tickets. Numbers are handed out per day and letter inside one transaction guarded by a
 * unique constraint. A call is one transaction: it locks the day's queue state, lets the
 * {@link QueuePolicy} choose, and claims the ticket with a conditional update, so two counters can
 * never get the same ticket and the policy's state (priority streak, postponed pool) stays exact.
 *
 * <p>Contract with the display board: every call or recall sets {@code status = 'CALLED'},
 * {@code counter_number}, {@code called_at} and {@code call_count = call_count + 1} in one update; the
 * board announces whenever a ticket's (id, call_count) changes.
 */
public final class TicketRepository {

    /** The rules used when none are configured: those of the built-in settings. */
    public static final QueueRules DEFAULT_RULES = new QueueRules(3, 5, 3);

    private static final String SELECT = """
            SELECT id, service_day, service_code, lane, letter, number, status, issued_at, called_at, counter_number
            FROM ticket
            """;

    private static final String CALL = """
            UPDATE ticket SET status = 'CALLED', counter_number = ?, agent_id = ?, called_at = ?,
                              call_count = call_count + 1, first_called_at = COALESCE(first_called_at, ?),
                              counter_only = NULL, sent_from_counter = NULL
            WHERE id = ? AND status = 'WAITING' AND issued
            """;

    private final Jdbc jdbc;
    private final QueuePolicy policy;
    /** False once the office server turned out to be older than {@link ServerClaim}. */
    private volatile boolean serverClaims = true;

    public TicketRepository(Jdbc jdbc) {
        this(jdbc, new QueuePolicy(DEFAULT_RULES));
    }

    public TicketRepository(Jdbc jdbc, QueuePolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
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

    /** The ticket with its calls, pool and transfer facts. */
    public Optional<QueueTicket> details(long id) {
        return jdbc.inTransaction(() -> {
            Optional<Ticket> ticket = find(id);
            if (ticket.isEmpty()) {
                return Optional.<QueueTicket>empty();
            }
            QueueState state = queueState(ticket.get().day());
            return jdbc.one("""
                    SELECT call_count, round_start_calls, times_postponed, callable_from_call, counter_only,
                           original_service
                    FROM ticket WHERE id = ?
                    """, row -> {
                int counter = row.getInt("counter_only");
                OptionalInt counterOnly = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(counter);
                boolean postponed = ticket.get().status() == TicketStatus.WAITING
                        && row.getLong("callable_from_call") > state.callsToday();
                return new QueueTicket(ticket.get(), row.getInt("call_count"),
                        row.getInt("call_count") - row.getInt("round_start_calls"), row.getInt("times_postponed"),
                        postponed, counterOnly, Optional.ofNullable(row.getString("original_service")));
            }, id);
        });
    }

    /** The day's queue state: calls so far and the current run of priority calls. */
    public QueueState queueState(LocalDate day) {
        return jdbc.one("SELECT calls, priority_streak FROM queue_day WHERE service_day = ?",
                row -> new QueueState(row.getLong(1), row.getInt(2)), day).orElse(QueueState.START_OF_DAY);
    }

    /** Every issued ticket of the day still waiting (including the postponed pool), as the policy sees them. */
    public List<QueueEntry> waitingEntries(LocalDate day) {
        return jdbc.list("""
                SELECT id, lane, service_code, counter_only, callable_from_call, sent_from_counter FROM ticket
                WHERE service_day = ? AND status = 'WAITING' AND issued
                ORDER BY id
                """, row -> {
            long id = row.getLong("id");
            return new QueueEntry(id, Lane.valueOf(row.getString("lane")), row.getString("service_code"), id,
                    optionalInt(row, "counter_only"), row.getLong("callable_from_call"),
                    optionalInt(row, "sent_from_counter"));
        }, day);
    }

    /**
     * People who will be called before this ticket, in the order the policy will call them (priority,
     * the anti-starvation rule and the postponed pool included). Tickets not yet issued count for nobody.
     */
    public int waitingAhead(Ticket ticket) {
        return ahead(ticket).size();
    }

    /** The tickets that will be called before this one, in the order the policy will call them. */
    public List<QueueEntry> ahead(Ticket ticket) {
        // A ticket not issued yet (its printout on its way) is asked where it would stand once it is.
        return ahead(ticket.day(), QueueEntry.fresh(ticket.id(), ticket.lane(), ticket.serviceCode()));
    }

    /**
     * The tickets that will be called before {@code entry} on that day: the entry as it waits, or as it
     * would wait if it were issued now (an id above every ticket's, for a ticket not yet made).
     */
    public List<QueueEntry> ahead(LocalDate day, QueueEntry entry) {
        return jdbc.inTransaction(() -> {
            List<QueueEntry> waiting = new java.util.ArrayList<>(waitingEntries(day));
            if (waiting.stream().noneMatch(e -> e.ticketId() == entry.ticketId())) {
                waiting.add(entry);
            }
            List<QueueEntry> order = policy.predictedOrder(waiting, queueState(day));
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).ticketId() == entry.ticketId()) {
                    return List.copyOf(order.subList(0, i));
                }
            }
            throw new IllegalStateException("ticket " + entry.ticketId() + " missing from the predicted order");
        });
    }

    public int waitingCount(LocalDate day) {
        return (int) jdbc.count("SELECT COUNT(*) FROM ticket WHERE service_day = ? AND status = 'WAITING' AND issued", day);
    }

    /**
     * Claims the next waiting ticket of the day for a counter, in the order of the {@link QueuePolicy}.
     * The claim is one transaction: the day's queue state is locked, the policy chooses, the ticket is
     * taken with a conditional update and the state moves on. A ticket taken a moment earlier by a
     * scan at another counter is skipped, never shared.
     */
    public Optional<Ticket> claimNext(LocalDate day, int counterNumber, long agentId, LocalDateTime now) {
        if (jdbc.isRemote() && serverClaims) {
            // The claim holds the day's queue lock from its first statement to its commit; decided here,
            // every statement in between would cross the LAN while every other counter waits (at 20
            // counters most of a call's time was that wait). The server decides it in one statement.
            try {
                QueueRules rules = policy.rules();
                Optional<Long> claimed = jdbc.writeAnswering("CALL " + ServerClaim.FUNCTION + "(?, ?, ?, ?, ?, ?, ?)",
                        row -> {
                            long id = row.getLong(1);
                            return row.wasNull() ? Optional.<Long>empty() : Optional.of(id);
                        }, day, counterNumber, agentId, now, rules.noShowCalls(), rules.returnAfterCalls(),
                        rules.priorityMaxInRow());
                return claimed.flatMap(this::find);
            } catch (StorageException e) {
                if (!Jdbc.hasCode(e, Jdbc.H2_FUNCTION_NOT_FOUND)) {
                    throw e;
                }
                // A server from before the function: the counter decides, as it did then.
                serverClaims = false;
                LoggerFactory.getLogger(TicketRepository.class).warn("The office server offers no {}: update "
                        + "Loket on the server PC, so calls at many counters do not wait on each other", ServerClaim.FUNCTION);
            }
        }
        return claimNextHere(day, counterNumber, agentId, now).flatMap(this::find);
    }

    /**
     * {@link #claimNext} decided by this Jdbc's own database: the embedded one, or the server's within a
     * client's call of {@link ServerClaim}. The id of the ticket called, or empty when nobody is waiting.
     */
    Optional<Long> claimNextHere(LocalDate day, int counterNumber, long agentId, LocalDateTime now) {
        ensureQueueDay(day);
        // Each lost race means another counter took a ticket, so a counter can lose at most as many
        // times as there were tickets waiting: the loop always ends, and never gives up too early.
        int attempts = waitingCount(day) + 1;
        for (int attempt = 0; attempt < attempts; attempt++) {
            Optional<Long> claimed = jdbc.inTransaction(() -> {
                QueueState state = lockQueueDay(day);
                Optional<QueueEntry> candidate = policy.next(waitingEntries(day), state, counterNumber);
                if (candidate.isEmpty()) {
                    return Optional.<Long>empty();
                }
                long id = candidate.get().ticketId();
                if (jdbc.update(CALL, counterNumber, agentId, now, now, id) != 1) {
                    return Optional.of(-1L);
                }
                saveQueueDay(day, policy.afterCall(state, candidate.get()));
                return Optional.of(id);
            });
            if (claimed.isEmpty() || claimed.get() > 0) {
                return claimed;
            }
        }
        throw new StorageException(StorageException.Reason.FAILED,
                "Could not claim a ticket after " + attempts + " attempts: other counters keep taking them", null);
    }

    /**
     * Calls one particular ticket to this counter (its QR was scanned at the counter), if it is waiting
     * or in the postponed pool. It counts as a call like any other.
     */
    public Optional<Ticket> claim(long ticketId, int counterNumber, long agentId, LocalDateTime now) {
        Optional<Ticket> ticket = find(ticketId);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = ticket.get().day();
        ensureQueueDay(day);
        boolean claimed = jdbc.inTransaction(() -> {
            QueueState state = lockQueueDay(day);
            Optional<QueueEntry> entry = waitingEntries(day).stream().filter(e -> e.ticketId() == ticketId).findFirst();
            if (entry.isEmpty() || jdbc.update(CALL, counterNumber, agentId, now, now, ticketId) != 1) {
                return false;
            }
            saveQueueDay(day, policy.afterCall(state, entry.get()));
            return true;
        });
        return claimed ? find(ticketId) : Optional.empty();
    }

    /** Calls the ticket this counter is serving once more; the board announces it again. */
    public boolean recall(long ticketId, int counterNumber, LocalDateTime now) {
        return jdbc.update("""
                UPDATE ticket SET status = 'CALLED', counter_number = ?, called_at = ?, call_count = call_count + 1
                WHERE id = ? AND status = 'CALLED' AND counter_number = ?
                """, counterNumber, now, ticketId, counterNumber) == 1;
    }

    /**
     * The resident of a ticket called to this counter did not come. The policy decides: call again first,
     * put it in the postponed pool, or (postponed once already) close it as a no-show.
     */
    public NoShowDecision noShow(long ticketId, int counterNumber, LocalDateTime now) {
        QueueTicket ticket = details(ticketId).orElseThrow(() -> new IllegalArgumentException("no ticket " + ticketId));
        LocalDate day = ticket.ticket().day();
        ensureQueueDay(day);
        return jdbc.inTransaction(() -> {
            QueueState state = lockQueueDay(day);
            NoShowDecision decision = policy.noShow(ticket.callsThisRound(), ticket.timesPostponed(), state);
            int updated = switch (decision.outcome()) {
                case CALL_AGAIN_FIRST -> 1;
                case POSTPONED -> jdbc.update("""
                        UPDATE ticket SET status = 'WAITING', counter_number = NULL, callable_from_call = ?,
                                          times_postponed = times_postponed + 1, round_start_calls = call_count
                        WHERE id = ? AND status = 'CALLED' AND counter_number = ?
                        """, decision.callableFromCall(), ticketId, counterNumber);
                case CLOSED -> jdbc.update("""
                        UPDATE ticket SET status = 'NO_SHOW', finished_at = ?
                        WHERE id = ? AND status = 'CALLED' AND counter_number = ?
                        """, now, ticketId, counterNumber);
            };
            if (updated != 1) {
                throw new IllegalStateException("ticket " + ticketId + " is not called to counter " + counterNumber);
            }
            return decision;
        });
    }

    private static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * Sends the resident on: the service time so far is kept, the ticket waits again with its number and
     * its place in the order of issue, for another service or for one counter only. Sent to another
     * service, it is not called back by the counter that sent it.
     */
    public boolean transfer(long ticketId, int counterNumber, Transfer to, LocalDateTime now) {
        return transfer(ticketId, counterNumber, to, now, true);
    }

    /**
     * @param senderStepsAside whether the sending counter is kept from calling it again (false in an office
     *                         with one counter, where nobody else would ever call it)
     */
    public boolean transfer(long ticketId, int counterNumber, Transfer to, LocalDateTime now,
                            boolean senderStepsAside) {
        String common = """
                UPDATE ticket SET status = 'WAITING', counter_number = NULL, transfers = transfers + 1,
                                  round_start_calls = call_count, callable_from_call = 0,
                                  service_seconds = service_seconds + DATEDIFF(SECOND, called_at, CAST(? AS TIMESTAMP)),
                """;
        String where = " WHERE id = ? AND status = 'CALLED' AND counter_number = ?";
        int updated;
        if (to instanceof Transfer.ToService service) {
            updated = jdbc.update(common + """
                    original_service = COALESCE(original_service, service_code), service_code = ?,
                    counter_only = NULL, sent_from_counter = ?""" + where, now, service.serviceCode(),
                    senderStepsAside ? counterNumber : null, ticketId, counterNumber);
        } else {
            Transfer.ToCounter counter = (Transfer.ToCounter) to;
            updated = jdbc.update(common + " counter_only = ?, sent_from_counter = NULL" + where, now,
                    counter.counterNumber(), ticketId, counterNumber);
        }
        return updated == 1;
    }

    public void finish(long ticketId, LocalDateTime now) {
        jdbc.update("""
                UPDATE ticket SET status = 'DONE', finished_at = ?,
                                  service_seconds = service_seconds + DATEDIFF(SECOND, called_at, CAST(? AS TIMESTAMP))
                WHERE id = ? AND status = 'CALLED'
                """, now, now, ticketId);
    }

    /** The ticket a counter is serving (called there and not finished), e.g. after a restart of that PC. */
    public Optional<Ticket> servingAt(LocalDate day, int counterNumber) {
        return jdbc.one(SELECT + " WHERE service_day = ? AND status = 'CALLED' AND counter_number = ? "
                + "ORDER BY called_at DESC, id DESC LIMIT 1", TicketRepository::map, day, counterNumber);
    }

    /**
     * Service times in seconds of the last {@code limit} tickets of a service finished that day, newest
     * first: from the (last) call to the finish.
     */
    public List<Integer> recentServiceSeconds(LocalDate day, String serviceCode, int limit) {
        return jdbc.list("""
                SELECT DATEDIFF(SECOND, called_at, finished_at) FROM ticket
                WHERE service_day = ? AND service_code = ? AND status = 'DONE' AND called_at IS NOT NULL
                ORDER BY finished_at DESC, id DESC LIMIT ?
                """, row -> row.getInt(1), day, serviceCode, limit);
    }

    /** Counters that called a ticket since {@code since}: the counters open now. */
    public int countersCallingSince(LocalDate day, LocalDateTime since) {
        return (int) jdbc.count("""
                SELECT COUNT(DISTINCT counter_number) FROM ticket
                WHERE service_day = ? AND counter_number IS NOT NULL AND called_at >= ?
                """, day, since);
    }

    /** One line of the day's record per ticket, for the fairness sheet. */
    public record DayLine(String serviceCode, Lane lane, TicketStatus status, LocalDateTime issuedAt,
                          Optional<LocalDateTime> firstCalledAt, Optional<Integer> counterNumber, int serviceSeconds,
                          int timesPostponed, int transfers) {
    }

    /** Every issued ticket of a day, in order of issue. */
    public List<DayLine> day(LocalDate day) {
        return jdbc.list("""
                SELECT service_code, lane, status, issued_at, first_called_at, counter_number, service_seconds,
                       times_postponed, transfers
                FROM ticket WHERE service_day = ? AND issued ORDER BY id
                """, row -> {
            int counter = row.getInt("counter_number");
            Optional<Integer> counterNumber = row.wasNull() ? Optional.empty() : Optional.of(counter);
            return new DayLine(row.getString("service_code"), Lane.valueOf(row.getString("lane")),
                    TicketStatus.valueOf(row.getString("status")), row.getTimestamp("issued_at").toLocalDateTime(),
                    Jdbc.time(row, "first_called_at"), counterNumber, row.getInt("service_seconds"),
                    row.getInt("times_postponed"), row.getInt("transfers"));
        }, day);
    }

    /**
     * Makes the day's queue row if it is missing, in its own short transaction: two counters making it
     * at the same moment collide on the primary key, and the loser finds it made.
     */
    private void ensureQueueDay(LocalDate day) {
        if (jdbc.count("SELECT COUNT(*) FROM queue_day WHERE service_day = ?", day) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO queue_day (service_day, calls, priority_streak) VALUES (?, 0, 0)", day);
        } catch (StorageException e) {
            if (jdbc.count("SELECT COUNT(*) FROM queue_day WHERE service_day = ?", day) == 0) {
                throw e;
            }
        }
    }

    /** Reads the day's queue state and locks its row until the transaction ends: one decider at a time. */
    private QueueState lockQueueDay(LocalDate day) {
        return jdbc.one("SELECT calls, priority_streak FROM queue_day WHERE service_day = ? FOR UPDATE",
                row -> new QueueState(row.getLong(1), row.getInt(2)), day).orElseThrow();
    }

    private void saveQueueDay(LocalDate day, QueueState state) {
        jdbc.update("UPDATE queue_day SET calls = ?, priority_streak = ? WHERE service_day = ?",
                state.callsToday(), state.priorityStreak(), day);
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
