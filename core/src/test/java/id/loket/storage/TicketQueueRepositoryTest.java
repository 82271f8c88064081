package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.account.Role;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.NoShowDecision;
import id.loket.domain.queue.QueuePolicy;
import id.loket.domain.queue.QueueRules;
import id.loket.domain.queue.QueueState;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.TicketStatus;
import id.loket.domain.queue.Transfer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue policy as the database applies it, on an encrypted H2 file: the order, the pool, transfers,
 * recalls with the display board's contract, and state that survives closing and reopening the file.
 */
class TicketQueueRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);
    private static final LocalDateTime NINE = DAY.atTime(9, 0);
    /** N = 2 calls before the pool, K = 2 further calls in the pool, M = 2 priority in a row. */
    private static final QueuePolicy POLICY = new QueuePolicy(new QueueRules(2, 2, 2));

    @TempDir
    Path dir;
    private Database database;
    private Jdbc jdbc;
    private TicketRepository tickets;
    private long agentId;

    @BeforeEach
    void open() {
        reopen();
        agentId = new AgentRepository(jdbc).insert("agen1", "Agen", Role.AGENT, "x", false);
    }

    private void reopen() {
        if (database != null) {
            database.close();
        }
        database = Database.openEmbedded(dir.resolve("data"), DatabaseKey.loadOrCreate(dir.resolve("loket.key")));
        jdbc = new Jdbc(database.dataSource());
        tickets = new TicketRepository(jdbc, POLICY);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void atMostTwoPriorityInARowWhileARegularWaits() {
        issue(Lane.REGULAR);
        for (int i = 0; i < 4; i++) {
            issue(Lane.PRIORITY);
        }

        assertThat(callAll(1)).containsExactly("P-001", "P-002", "A-001", "P-003", "P-004");
    }

    @Test
    void thePriorityStreakSurvivesARestart() {
        issue(Lane.REGULAR);
        issue(Lane.PRIORITY);
        issue(Lane.PRIORITY);
        issue(Lane.PRIORITY);
        call(1);
        call(1);

        reopen();

        assertThat(tickets.queueState(DAY)).isEqualTo(new QueueState(2, 2));
        assertThat(call(1).displayNumber()).as("the regular lane's turn, even after the power cut").isEqualTo("A-001");
    }

    @Test
    void noShowAsksForNCallsThenPostponesThenCloses() {
        Ticket late = issue(Lane.REGULAR);
        for (int i = 0; i < 4; i++) {
            issue(Lane.REGULAR);
        }
        assertThat(call(1).id()).isEqualTo(late.id());
        assertThat(tickets.noShow(late.id(), 1, NINE).outcome()).isEqualTo(NoShowDecision.Outcome.CALL_AGAIN_FIRST);
        assertThat(tickets.recall(late.id(), 1, NINE)).isTrue();

        NoShowDecision decision = tickets.noShow(late.id(), 1, NINE);

        assertThat(decision.outcome()).isEqualTo(NoShowDecision.Outcome.POSTPONED);
        assertThat(tickets.details(late.id()).orElseThrow().postponed()).isTrue();
        // K = 2 further calls before it may come back; then it comes before those issued after it.
        assertThat(List.of(call(1).displayNumber(), call(2).displayNumber())).containsExactly("A-002", "A-003");
        reopen();
        assertThat(tickets.details(late.id()).orElseThrow().postponed()).isFalse();
        assertThat(call(1).id()).isEqualTo(late.id());
        tickets.recall(late.id(), 1, NINE);
        assertThat(tickets.noShow(late.id(), 1, NINE).outcome()).isEqualTo(NoShowDecision.Outcome.CLOSED);
        assertThat(tickets.find(late.id()).orElseThrow().status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void aRecallKeepsTheTicketCalledAndCountsOneMoreCallForTheBoard() {
        Ticket ticket = issue(Lane.REGULAR);
        call(2);

        assertThat(tickets.recall(ticket.id(), 2, NINE.plusMinutes(1))).isTrue();
        assertThat(tickets.recall(ticket.id(), 3, NINE.plusMinutes(1))).as("another counter's ticket").isFalse();

        assertThat(jdbc.one("SELECT status, call_count, counter_number, called_at FROM ticket WHERE id = ?",
                row -> row.getString(1) + " " + row.getInt(2) + " " + row.getInt(3) + " "
                        + row.getTimestamp(4).toLocalDateTime(), ticket.id()))
                .contains("CALLED 2 2 " + NINE.plusMinutes(1));
        assertThat(tickets.queueState(DAY).callsToday()).as("a recall is not a further call").isEqualTo(1);
    }

    @Test
    void aTicketTransferredToAServiceKeepsItsNumberAndPlace() {
        Ticket first = issue(Lane.REGULAR);
        issue(Lane.REGULAR);
        call(1);

        assertThat(tickets.transfer(first.id(), 1, new Transfer.ToService("IKD"), NINE.plusMinutes(4))).isTrue();

        Ticket again = call(2);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.displayNumber()).isEqualTo("A-001");
        assertThat(again.serviceCode()).isEqualTo("IKD");
        assertThat(tickets.details(first.id()).orElseThrow().originalService()).contains("PERLINSOS");
    }

    @Test
    void aTicketSentToAnotherServiceIsNotCalledBackByTheCounterThatSentIt() {
        Ticket first = issue(Lane.REGULAR);
        call(1);
        tickets.transfer(first.id(), 1, new Transfer.ToService("IKD"), NINE.plusMinutes(4));

        assertThat(tickets.claimNext(DAY, 1, agentId, NINE.plusMinutes(5))).as("the sender").isEmpty();
        assertThat(call(2).id()).isEqualTo(first.id());
    }

    @Test
    void aTicketSentOnFromTheOnlyCounterComesBackThere() {
        Ticket first = issue(Lane.REGULAR);
        call(1);
        tickets.transfer(first.id(), 1, new Transfer.ToService("IKD"), NINE.plusMinutes(4), false);

        assertThat(call(1).id()).isEqualTo(first.id());
    }

    @Test
    void theSenderMayCallItAgainOnceAnotherCounterSentItOn() {
        Ticket first = issue(Lane.REGULAR);
        call(1);
        tickets.transfer(first.id(), 1, new Transfer.ToService("IKD"), NINE.plusMinutes(4));
        call(2);
        tickets.transfer(first.id(), 2, new Transfer.ToService("PERLINSOS"), NINE.plusMinutes(8));

        assertThat(call(1).id()).isEqualTo(first.id());
    }

    @Test
    void aTicketTransferredToACounterIsCalledOnlyThereAndFirstThere() {
        Ticket first = issue(Lane.REGULAR);
        call(1);
        Ticket second = issue(Lane.PRIORITY);
        tickets.transfer(first.id(), 1, new Transfer.ToCounter(3), NINE);

        assertThat(call(1).id()).as("counter 1 may not call it").isEqualTo(second.id());
        assertThat(tickets.claimNext(DAY, 1, agentId, NINE)).isEmpty();
        assertThat(call(3).id()).isEqualTo(first.id());
    }

    @Test
    void aScannedTicketIsCalledEvenFromThePoolButNotWhenDone() {
        Ticket late = issue(Lane.REGULAR);
        issue(Lane.REGULAR);
        call(1);
        tickets.recall(late.id(), 1, NINE);
        tickets.noShow(late.id(), 1, NINE);

        Optional<Ticket> scanned = tickets.claim(late.id(), 2, agentId, NINE.plusMinutes(3));

        assertThat(scanned).hasValueSatisfying(t -> {
            assertThat(t.status()).isEqualTo(TicketStatus.CALLED);
            assertThat(t.counterNumber()).contains(2);
        });
        tickets.finish(late.id(), NINE.plusMinutes(9));
        assertThat(tickets.claim(late.id(), 2, agentId, NINE.plusMinutes(10))).isEmpty();
    }

    @Test
    void serviceTimeRunsFromCallToFinishAndAddsUpOverATransfer() {
        Ticket ticket = issue(Lane.REGULAR);
        tickets.claimNext(DAY, 1, agentId, NINE.plusMinutes(10));
        tickets.transfer(ticket.id(), 1, new Transfer.ToService("IKD"), NINE.plusMinutes(14));
        tickets.claimNext(DAY, 2, agentId, NINE.plusMinutes(20));
        tickets.finish(ticket.id(), NINE.plusMinutes(26));

        TicketRepository.DayLine line = tickets.day(DAY).get(0);
        assertThat(line.serviceSeconds()).isEqualTo(10 * 60);
        assertThat(line.firstCalledAt()).contains(NINE.plusMinutes(10));
        assertThat(line.transfers()).isEqualTo(1);
        assertThat(tickets.recentServiceSeconds(DAY, "IKD", 20)).containsExactly(6 * 60);
    }

    @Test
    void theServingTicketOfACounterIsFoundAfterARestart() {
        Ticket ticket = issue(Lane.REGULAR);
        call(2);
        reopen();

        assertThat(tickets.servingAt(DAY, 2)).map(Ticket::id).contains(ticket.id());
        assertThat(tickets.servingAt(DAY, 1)).isEmpty();
    }

    @Test
    void peopleAheadFollowTheOrderOfCallsNotOfIssue() {
        issue(Lane.REGULAR);
        issue(Lane.REGULAR);
        Ticket priority = issue(Lane.PRIORITY);

        assertThat(tickets.waitingAhead(priority)).isZero();
    }

    private Ticket issue(Lane lane) {
        return tickets.issue(DAY, "PERLINSOS", lane, lane == Lane.PRIORITY ? 'P' : 'A', NINE);
    }

    private Ticket call(int counter) {
        return tickets.claimNext(DAY, counter, agentId, NINE).orElseThrow();
    }

    private List<String> callAll(int counter) {
        List<String> called = new ArrayList<>();
        for (Optional<Ticket> t = tickets.claimNext(DAY, counter, agentId, NINE); t.isPresent();
             t = tickets.claimNext(DAY, counter, agentId, NINE)) {
            called.add(t.get().displayNumber());
        }
        return called;
    }
}
