package id.loket.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A simulated day: tickets arrive in either lane between calls, some called residents do not come.
 * Whatever the mix, the rules hold: no more than M priority calls in a row while a regular ticket
 * waits, each lane in order of issue, no postponed ticket back before K further calls, and every
 * ticket called in the end.
 */
class QueuePolicyPropertyTest {

    /** One step of the day: a ticket arrives (in a lane), or a counter calls the next (maybe in vain). */
    record Step(boolean arrival, boolean priority, boolean answered) {
    }

    @Provide
    Arbitrary<List<Step>> days() {
        Arbitrary<Step> step = Arbitraries.integers().between(0, 9).map(n -> new Step(n < 5, n < 2, n != 9));
        return step.list().ofMinSize(1).ofMaxSize(120);
    }

    @Property(tries = 400)
    void theRulesHoldOnAnyDay(@ForAll("days") List<Step> day, @ForAll @IntRange(min = 1, max = 4) int maxInRow,
                              @ForAll @IntRange(min = 1, max = 6) int returnAfter) {
        QueuePolicy policy = new QueuePolicy(new QueueRules(1, returnAfter, maxInRow));
        List<QueueEntry> waiting = new ArrayList<>();
        List<QueueEntry> calledInOrder = new ArrayList<>();
        QueueState state = QueueState.START_OF_DAY;
        long nextId = 1;
        int priorityRun = 0;
        for (Step step : day) {
            if (step.arrival()) {
                waiting.add(QueueEntry.fresh(nextId++, step.priority() ? Lane.PRIORITY : Lane.REGULAR, "A"));
                continue;
            }
            QueueState before = state;
            boolean regularWaiting = waiting.stream()
                    .anyMatch(e -> e.lane() == Lane.REGULAR && !e.postponed(before));
            Optional<QueueEntry> next = policy.next(waiting, state, 1);
            if (next.isEmpty()) {
                assertThat(waiting).allMatch(e -> e.postponed(before));
                continue;
            }
            QueueEntry called = next.get();
            assertThat(called.postponed(state)).as("a postponed ticket is not callable yet").isFalse();
            assertThat(waiting).filteredOn(e -> e.lane() == called.lane() && !e.postponed(before))
                    .allMatch(e -> e.order() >= called.order(), "each lane in order of issue");
            priorityRun = called.lane() == Lane.PRIORITY && regularWaiting ? priorityRun + 1
                    : called.lane() == Lane.PRIORITY ? priorityRun : 0;
            assertThat(priorityRun).as("priority calls in a row while regular waits").isLessThanOrEqualTo(maxInRow);
            waiting.remove(called);
            state = policy.afterCall(state, called);
            calledInOrder.add(called);
            if (!step.answered() && called.callableFromCall() == 0) {
                NoShowDecision decision = policy.noShow(1, 0, state);
                assertThat(decision.callableFromCall()).isEqualTo(state.callsToday() + returnAfter);
                waiting.add(new QueueEntry(called.ticketId(), called.lane(), "A", called.order(),
                        called.counterOnly(), decision.callableFromCall()));
            }
        }
        // The end of the day: keep calling; every ticket still waiting is called, none is starved.
        int guard = 0;
        while (!waiting.isEmpty()) {
            Optional<QueueEntry> next = policy.next(waiting, state, 1);
            if (next.isEmpty()) {
                state = new QueueState(state.callsToday() + 1, state.priorityStreak());
            } else {
                waiting.remove(next.get());
                state = policy.afterCall(state, next.get());
            }
            assertThat(++guard).as("the queue drains").isLessThan(10_000);
        }
    }

    @Property(tries = 200)
    void predictedOrderHoldsEveryWaitingTicketOnce(@ForAll("days") List<Step> day) {
        QueuePolicy policy = new QueuePolicy(new QueueRules(3, 5, 3));
        List<QueueEntry> waiting = new ArrayList<>();
        long id = 1;
        for (Step step : day) {
            long callable = step.answered() ? 0 : id % 7;
            waiting.add(new QueueEntry(id, step.priority() ? Lane.PRIORITY : Lane.REGULAR, "A", id,
                    java.util.OptionalInt.empty(), callable));
            id++;
        }
        List<QueueEntry> order = policy.predictedOrder(waiting, QueueState.START_OF_DAY);

        assertThat(order).containsExactlyInAnyOrderElementsOf(waiting);
    }
}
