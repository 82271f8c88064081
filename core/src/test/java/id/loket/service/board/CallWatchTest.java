package id.loket.service.board;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.board.BoardCall;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.storage.BoardRepository;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.storage.TicketRepository;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's detection of calls, against the queue's contract: a call or recall sets status
 * CALLED, the counter, called_at = now and call_count + 1 in one update (done here by hand).
 */
class CallWatchTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 6, 4, 9, 0);

    @TempDir
    Path dir;
    private Database database;
    private Jdbc jdbc;
    private TicketRepository tickets;
    private CallWatch watch;

    @BeforeEach
    void open() {
        database = TestApps.database(dir.resolve("data"));
        jdbc = new Jdbc(database.dataSource());
        tickets = new TicketRepository(jdbc);
        watch = new CallWatch(new BoardRepository(jdbc));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Ticket issue() {
        return tickets.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
    }

    private void call(Ticket ticket, int counter, LocalDateTime at) {
        jdbc.update("UPDATE ticket SET status = 'CALLED', counter_number = ?, called_at = ?, call_count = call_count + 1"
                + " WHERE id = ?", counter, at, ticket.id());
    }

    private List<String> look() {
        return watch.newCalls().stream().map(c -> c.displayNumber() + "@" + c.counter() + "#" + c.callCount()).toList();
    }

    @Test
    void callsMadeBeforeTheBoardStartedAreNotAnnounced() {
        call(issue(), 1, NINE);
        assertThat(look()).isEmpty();
        assertThat(look()).isEmpty();
    }

    @Test
    void eachCallAndEachRecallIsAnnouncedExactlyOnce() {
        Ticket first = issue();
        Ticket second = issue();
        assertThat(look()).isEmpty();

        call(first, 1, NINE.plusMinutes(1));
        assertThat(look()).containsExactly("A-001@1#1");
        assertThat(look()).isEmpty();

        // Two recalls of the first and a call of the second between two looks: three announcements.
        call(first, 1, NINE.plusMinutes(2));
        call(second, 2, NINE.plusMinutes(2));
        call(first, 1, NINE.plusMinutes(3));
        assertThat(look()).containsExactly("A-002@2#1", "A-001@1#3", "A-001@1#3");
        assertThat(look()).isEmpty();
    }

    @Test
    void aRecallWithTheSameTimeStampIsStillSeen() {
        Ticket ticket = issue();
        assertThat(look()).isEmpty();
        call(ticket, 1, NINE);
        assertThat(look()).hasSize(1);
        call(ticket, 1, NINE);
        assertThat(look()).containsExactly("A-001@1#2");
    }

    @Test
    void aCallFromACounterWhoseClockIsBehindIsNotMissed() {
        Ticket early = issue();
        Ticket late = issue();
        assertThat(look()).isEmpty();
        call(late, 1, NINE.plusMinutes(10));
        assertThat(look()).hasSize(1);
        // Another PC's clock is a minute behind: its call looks older than the newest seen.
        call(early, 2, NINE.plusMinutes(9));
        assertThat(look()).containsExactly("A-001@2#1");
    }

    @Test
    void aTicketCalledLongAgoAndRecalledNowIsAnnouncedAgain() {
        Ticket old = issue();
        Ticket other = issue();
        assertThat(look()).isEmpty();
        call(old, 1, NINE);
        call(other, 2, NINE.plusMinutes(30));
        assertThat(look()).hasSize(2);
        assertThat(look()).isEmpty();
        call(old, 1, NINE.plusMinutes(31));
        List<BoardCall> again = watch.newCalls();
        assertThat(again).extracting(BoardCall::ticketId).containsExactly(old.id());
    }
}
