package id.loket.service.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.config.Language;
import id.loket.domain.account.Role;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.QueuePolicy;
import id.loket.storage.AgentRepository;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.storage.QueueWatchRepository;
import id.loket.storage.TicketRepository;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's queue as the lurah reads it, on a real database with tickets issued and called at set times. */
class QueueTodayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @TempDir
    Path dir;

    private QueueToday.Snapshot at(Jdbc jdbc, Path data, LocalDateTime now) {
        Clock clock = Clock.fixed(now.atZone(WITA).toInstant(), WITA);
        return new QueueToday(new QueueWatchRepository(jdbc), TestApps.settings(data).queue(), 3, Language.ID, clock)
                .now();
    }

    @Test
    void theLongestWaitIsCountedFromTheOldestWaitingTicketOfEachService() {
        Path data = dir.resolve("data");
        TestApps.open(data).close();
        try (Database database = TestApps.database(data)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            TicketRepository tickets = new TicketRepository(jdbc, new QueuePolicy(TicketRepository.DEFAULT_RULES));
            LocalDateTime nine = DAY.atTime(9, 0);
            tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', nine);
            tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', nine.plusMinutes(10));
            tickets.issue(DAY, "IKD", Lane.REGULAR, 'B', nine.plusMinutes(20));

            QueueToday.Snapshot snapshot = at(jdbc, data, nine.plusMinutes(85));

            assertThat(snapshot.waiting()).isEqualTo(3);
            assertThat(snapshot.services()).filteredOn(s -> s.code().equals("PERLINSOS")).singleElement()
                    .satisfies(s -> {
                        assertThat(s.waiting()).isEqualTo(2);
                        assertThat(s.longestWait()).contains(Duration.ofMinutes(85));
                    });
            assertThat(snapshot.longestWait()).contains(Duration.ofMinutes(85));
            assertThat(snapshot.services()).filteredOn(s -> s.waiting() == 0)
                    .allSatisfy(s -> assertThat(s.longestWait()).isEmpty());
        }
    }

    @Test
    void aCounterIsOpenWhileItServesOrCalledWithinTheHourAndClosedAfter() {
        Path data = dir.resolve("data");
        TestApps.open(data).close();
        try (Database database = TestApps.database(data)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            long agent = new AgentRepository(jdbc).insert("agen9", "Agen", Role.AGENT, "x", false);
            TicketRepository tickets = new TicketRepository(jdbc, new QueuePolicy(TicketRepository.DEFAULT_RULES));
            LocalDateTime nine = DAY.atTime(9, 0);
            for (int i = 0; i < 3; i++) {
                tickets.issue(DAY, "PERLINSOS", Lane.REGULAR, 'A', nine.plusMinutes(i));
            }
            var first = tickets.claimNext(DAY, 1, agent, nine.plusMinutes(5)).orElseThrow();
            tickets.finish(first.id(), nine.plusMinutes(12));
            tickets.claimNext(DAY, 2, agent, nine.plusMinutes(15)).orElseThrow();

            QueueToday.Snapshot soon = at(jdbc, data, nine.plusMinutes(30));
            assertThat(soon.counters()).extracting(QueueToday.CounterLine::counter, QueueToday.CounterLine::open,
                    QueueToday.CounterLine::serving)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true, Optional.empty()),
                            org.assertj.core.groups.Tuple.tuple(2, true, Optional.of("A-002")));
            assertThat(soon.countersOpen()).isEqualTo(2);

            QueueToday.Snapshot later = at(jdbc, data, nine.plusMinutes(5 + 61));
            assertThat(later.counters()).extracting(QueueToday.CounterLine::open)
                    .as("counter 1 called nobody for over an hour; counter 2 still serves").containsExactly(false, true);
        }
    }

    @Test
    void anEmptyDayHasNobodyWaitingAndNoCounterOpen() {
        Path data = dir.resolve("data");
        TestApps.open(data).close();
        try (Database database = TestApps.database(data)) {
            QueueToday.Snapshot snapshot = at(new Jdbc(database.dataSource()), data, DAY.atTime(8, 0));
            assertThat(snapshot.waiting()).isZero();
            assertThat(snapshot.longestWait()).isEmpty();
            assertThat(snapshot.counters()).isEmpty();
            assertThat(snapshot.officeCounters()).isEqualTo(3);
        }
    }
}
