package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.TicketStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);
    private static final LocalDateTime NINE = DAY.atTime(9, 0);

    @TempDir
    Path dir;
    private Database database;
    private TicketRepository tickets;
    private long agentId;

    @BeforeEach
    void open() {
        database = Database.openEmbedded(dir.resolve("data"), DatabaseKey.loadOrCreate(dir.resolve("loket.key")));
        Jdbc jdbc = new Jdbc(database.dataSource());
        tickets = new TicketRepository(jdbc);
        agentId = new AgentRepository(jdbc).insert("agen1", "Agen", id.loket.domain.account.Role.AGENT, "x", false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void numbersCountUpPerLetterAndDay() {
        assertThat(tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', NINE).displayNumber()).isEqualTo("A-001");
        assertThat(tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', NINE).displayNumber()).isEqualTo("A-002");
        assertThat(tickets.issue(DAY, "IKD", Lane.REGULAR, 'B', NINE).displayNumber()).isEqualTo("B-001");
        assertThat(tickets.issue(DAY.plusDays(1), "PERLINSOS", Lane.REGULAR, 'A', NINE.plusDays(1)).displayNumber())
                .isEqualTo("A-001");
    }

    @Test
    void priorityTicketsAreCalledFirst() {
        tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', NINE);
        Ticket priority = tickets.issue(DAY, "PERLINSOS", Lane.PRIORITY, 'P', NINE.plusMinutes(5));
        Optional<Ticket> called = tickets.claimNext(DAY, 1, agentId, NINE.plusMinutes(6));
        assertThat(called).hasValueSatisfying(t -> {
            assertThat(t.id()).isEqualTo(priority.id());
            assertThat(t.status()).isEqualTo(TicketStatus.CALLED);
            assertThat(t.counterNumber()).contains(1);
        });
    }

    @Test
    void nothingWaitingCallsNothing() {
        assertThat(tickets.claimNext(DAY, 1, agentId, NINE)).isEmpty();
    }

    @Test
    void peopleAheadCountsOnlyThoseStillWaiting() {
        tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', NINE);
        tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', NINE);
        tickets.claimNext(DAY, 1, agentId, NINE);
        Ticket third = tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', NINE);
        assertThat(tickets.waitingAhead(third)).isEqualTo(1);
    }

    @Test
    void countersCallingAtTheSameTimeNeverShareATicket() throws Exception {
        for (int i = 0; i < 40; i++) {
            tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', NINE);
        }
        ExecutorService counters = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        Set<Long> claimed = ConcurrentHashMap.newKeySet();
        List<Future<Integer>> results = new ArrayList<>();
        for (int counter = 1; counter <= 4; counter++) {
            int number = counter;
            results.add(counters.submit(() -> {
                start.await();
                int mine = 0;
                for (Optional<Ticket> t = tickets.claimNext(DAY, number, agentId, NINE); t.isPresent();
                     t = tickets.claimNext(DAY, number, agentId, NINE)) {
                    assertThat(claimed.add(t.get().id())).as("ticket %s claimed twice", t.get().id()).isTrue();
                    mine++;
                }
                return mine;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        counters.shutdown();
        assertThat(total).isEqualTo(40);
        assertThat(claimed).hasSize(40);
    }
}
