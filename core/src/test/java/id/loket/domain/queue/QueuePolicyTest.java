package id.loket.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queue order as rule tables. A waiting list is written as tickets in order of issue:
 * {@code R1} regular ticket 1, {@code P2} priority ticket 2, {@code R3@2} sent to counter 2 only,
 * {@code P4~7} postponed until the day's 7th call, {@code R5<2} sent on to another service by counter 2. M (priority in a row) is 3, N 3, K 5.
 */
class QueuePolicyTest {

    private static final QueuePolicy POLICY = new QueuePolicy(new QueueRules(3, 5, 3));

    @ParameterizedTest(name = "waiting [{0}], streak {1}, {2} calls so far, counter {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            R1 R2 R3          | 0 | 0 | 1 | 1
            R1 P2 R3          | 0 | 0 | 1 | 2
            R1 P2 P3          | 2 | 0 | 1 | 2
            R1 P2 P3          | 3 | 0 | 1 | 1
            P2 P3             | 3 | 0 | 1 | 2
            P2 P3             | 9 | 0 | 1 | 2
            R1 P2             | 4 | 0 | 1 | 1
            R1 R2@2 P3        | 0 | 0 | 2 | 2
            R1 R2@2 P3        | 0 | 0 | 1 | 3
            R2@2              | 0 | 0 | 1 | -
            R1@1 R2@2         | 0 | 0 | 1 | 1
            P1~7 R2           | 0 | 6 | 1 | 2
            P1~7 R2           | 0 | 7 | 1 | 1
            R1~7 R2           | 0 | 7 | 1 | 1
            R1~7              | 0 | 3 | 1 | -
            -                 | 0 | 0 | 1 | -
            R1<1              | 0 | 0 | 1 | -
            R1<1              | 0 | 0 | 2 | 1
            R1<1 R2           | 0 | 0 | 1 | 2
            P1<1 R2           | 0 | 0 | 1 | 2
            P1<2 R2           | 0 | 0 | 1 | 1
            """)
    void nextTicketFollowsTheRules(String waiting, int streak, long calls, int counter, String expected) {
        var next = POLICY.next(parse(waiting), new QueueState(calls, streak), counter);

        assertThat(next.map(e -> String.valueOf(e.ticketId())).orElse("-")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "calls so far {0}, postponed before {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 0 | CALL_AGAIN_FIRST | 2
            2 | 0 | CALL_AGAIN_FIRST | 1
            3 | 0 | POSTPONED        | 0
            5 | 0 | POSTPONED        | 0
            3 | 1 | CLOSED           | 0
            1 | 1 | CALL_AGAIN_FIRST | 2
            """)
    void noShowNeedsNCallsThenPostponesOnceThenCloses(int calls, int postponed, NoShowDecision.Outcome outcome,
                                                      int stillNeeded) {
        NoShowDecision decision = POLICY.noShow(calls, postponed, new QueueState(10, 0));

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.callsStillNeeded()).isEqualTo(stillNeeded);
    }

    @Test
    void aPostponedTicketComesBackAfterKFurtherCalls() {
        NoShowDecision decision = POLICY.noShow(3, 0, new QueueState(10, 0));

        assertThat(decision.callableFromCall()).isEqualTo(15);
    }

    @Test
    void streakCountsPriorityCallsAndARegularCallEndsIt() {
        QueueState state = QueueState.START_OF_DAY;
        state = POLICY.afterCall(state, QueueEntry.fresh(1, Lane.PRIORITY, "A"));
        state = POLICY.afterCall(state, QueueEntry.fresh(2, Lane.PRIORITY, "A"));
        assertThat(state).isEqualTo(new QueueState(2, 2));
        state = POLICY.afterCall(state, QueueEntry.fresh(3, Lane.REGULAR, "A"));
        assertThat(state).isEqualTo(new QueueState(3, 0));
    }

    @Test
    void sevenPriorityAndThreeRegularInterleaveThreeToOne() {
        List<QueueEntry> waiting = parse("R1 R2 R3 P4 P5 P6 P7 P8 P9 P10");

        List<Long> order = POLICY.predictedOrder(waiting, QueueState.START_OF_DAY).stream()
                .map(QueueEntry::ticketId).toList();

        assertThat(order).containsExactly(4L, 5L, 6L, 1L, 7L, 8L, 9L, 2L, 10L, 3L);
    }

    @Test
    void predictedOrderReleasesThePoolAsCallsAreMade() {
        // P1 was postponed at call 0 and comes back at call 2: after two others, before the rest.
        List<QueueEntry> waiting = parse("P1~2 R2 R3 R4 R5");

        List<Long> order = POLICY.predictedOrder(waiting, QueueState.START_OF_DAY).stream()
                .map(QueueEntry::ticketId).toList();

        assertThat(order).containsExactly(2L, 3L, 1L, 4L, 5L);
        assertThat(POLICY.ahead(waiting, QueueState.START_OF_DAY, 1)).isEqualTo(2);
    }

    @Test
    void onlyPostponedTicketsLeftAreStillPredictedInOrder() {
        List<QueueEntry> waiting = parse("R1~9 R2~4");

        assertThat(POLICY.predictedOrder(waiting, QueueState.START_OF_DAY)).extracting(QueueEntry::ticketId)
                .containsExactly(2L, 1L);
    }

    @Test
    void aTransferredTicketKeepsItsPlaceInTheOrderOfIssue() {
        // Ticket 1 was served for IKD and transferred to PERLINSOS: it stays ahead of ticket 2.
        List<QueueEntry> waiting = List.of(
                new QueueEntry(2, Lane.REGULAR, "PERLINSOS", 2, OptionalInt.empty(), 0),
                new QueueEntry(1, Lane.REGULAR, "PERLINSOS", 1, OptionalInt.empty(), 0));

        assertThat(POLICY.next(waiting, QueueState.START_OF_DAY, 3)).map(QueueEntry::ticketId).contains(1L);
    }

    @Test
    void aTicketSentOnByACounterStillCountsInTheOfficesPredictedOrder() {
        List<QueueEntry> waiting = parse("R1<1 R2");

        assertThat(POLICY.ahead(waiting, QueueState.START_OF_DAY, 2)).isEqualTo(1);
    }

    /** "R1 P2@3 R3~7 R4<2": lane letter, ticket id (= order of issue), optional @counter, optional ~callable-from. */
    static List<QueueEntry> parse(String waiting) {
        if (waiting.equals("-")) {
            return List.of();
        }
        List<QueueEntry> entries = new ArrayList<>();
        for (String token : Arrays.stream(waiting.trim().split("\\s+")).toList()) {
            Lane lane = token.charAt(0) == 'P' ? Lane.PRIORITY : Lane.REGULAR;
            String rest = token.substring(1);
            long callable = 0;
            if (rest.contains("~")) {
                callable = Long.parseLong(rest.substring(rest.indexOf('~') + 1));
                rest = rest.substring(0, rest.indexOf('~'));
            }
            OptionalInt sentFrom = OptionalInt.empty();
            if (rest.contains("<")) {
                sentFrom = OptionalInt.of(Integer.parseInt(rest.substring(rest.indexOf('<') + 1)));
                rest = rest.substring(0, rest.indexOf('<'));
            }
            OptionalInt counter = OptionalInt.empty();
            if (rest.contains("@")) {
                counter = OptionalInt.of(Integer.parseInt(rest.substring(rest.indexOf('@') + 1)));
                rest = rest.substring(0, rest.indexOf('@'));
            }
            long id = Long.parseLong(rest);
            entries.add(new QueueEntry(id, lane, "PERLINSOS", id, counter, callable, sentFrom));
        }
        return entries;
    }
}
