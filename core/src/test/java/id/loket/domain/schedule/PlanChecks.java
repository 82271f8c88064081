package id.loket.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.household.RtRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The properties every plan must have, checked on whatever plan a test made. */
final class PlanChecks {

    /** Where one household was placed: the slot's ordinal over the plan and the part. */
    record Placement(int slot, int dayIndex, LocalDate date, RtPart part) {
    }

    private PlanChecks() {
    }

    /** Every placement of every household on the days given, by household id. */
    static Map<Long, List<Placement>> placements(List<PlanDay> days) {
        Map<Long, List<Placement>> result = new HashMap<>();
        int slot = 0;
        for (int d = 0; d < days.size(); d++) {
            PlanDay day = days.get(d);
            for (PlanSession session : day.sessions()) {
                for (RtPart part : session.parts()) {
                    for (int i = 0; i < part.size(); i++) {
                        result.computeIfAbsent(part.households().id(i), id -> new ArrayList<>(1))
                                .add(new Placement(slot, d, day.date(), part));
                    }
                }
                slot++;
            }
        }
        return result;
    }

    static void capacityNeverExceeded(Plan plan) {
        int[] expected = plan.inputs().sessionCapacities();
        for (PlanDay day : plan.newDays()) {
            assertThat(day.sessions()).hasSize(expected.length);
            for (PlanSession session : day.sessions()) {
                assertThat(session.capacity()).isEqualTo(expected[session.number() - 1]);
                assertThat(session.planned()).as("planned in %s session %d", day.date(), session.number())
                        .isLessThanOrEqualTo(session.capacity());
            }
            assertThat(day.capacity()).isEqualTo(plan.inputs().plannablePerDay());
            assertThat(day.capacity()).isLessThanOrEqualTo(plan.inputs().capacityPerDay());
        }
    }

    /**
     * Every household not yet registered is placed exactly once on the plan's new days, or counted in
     * the shortfall of its RT; no registered household is placed; the shortfall counts are exact.
     */
    static void everyHouseholdExactlyOnce(Plan plan, List<RtList> lists) {
        Map<Long, List<Placement>> placed = placements(plan.newDays());
        Map<RtRef, Integer> missing = new TreeMap<>();
        int expectedPlaced = 0;
        for (RtList list : lists) {
            for (ListedHousehold household : list.households()) {
                List<Placement> at = placed.getOrDefault(household.id(), List.of());
                if (household.registered()) {
                    assertThat(at).as("registered household %d", household.id()).isEmpty();
                } else if (at.isEmpty()) {
                    missing.merge(list.rt(), 1, Integer::sum);
                } else {
                    assertThat(at).as("placements of household %d", household.id()).hasSize(1);
                    assertThat(at.get(0).part().rt()).isEqualTo(list.rt());
                    expectedPlaced++;
                }
            }
        }
        assertThat(placed).hasSize(expectedPlaced);
        Map<RtRef, Integer> reported = new TreeMap<>();
        plan.shortfalls().forEach(s -> reported.put(s.rt(), s.households()));
        assertThat(reported).isEqualTo(missing);
        assertThat(plan.allFit()).isEqualTo(missing.isEmpty());
    }

    /**
     * Within each kind, the parts of an RW form one unbroken run of the plan's sequence of parts, so
     * its RTs come on the same day or on consecutive service days.
     */
    static void rwGroupsStayTogether(Plan plan) {
        List<String> sequence = new ArrayList<>();
        Map<String, Set<Integer>> daysOfGroup = new TreeMap<>();
        List<PlanDay> days = plan.newDays();
        for (int d = 0; d < days.size(); d++) {
            for (PlanSession session : days.get(d).sessions()) {
                for (RtPart part : session.parts()) {
                    String group = part.kind() + "/RW " + part.rt().rw();
                    if (sequence.isEmpty() || !sequence.get(sequence.size() - 1).equals(group)) {
                        sequence.add(group);
                    }
                    daysOfGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(d);
                }
            }
        }
        assertThat(new HashSet<>(sequence)).as("each RW group appears in one run").hasSize(sequence.size());
        daysOfGroup.forEach((group, dayIndexes) -> {
            int first = ((TreeSet<Integer>) dayIndexes).first();
            int last = ((TreeSet<Integer>) dayIndexes).last();
            assertThat(last - first + 1).as("service days of %s", group).isEqualTo(dayIndexes.size());
        });
    }

    /**
     * The parts of one RT and kind are runs of its list in time order, numbered 1..n; a part that is
     * not the last ends its session full (an RT is split only where a session runs out).
     */
    static void splitsFollowTheListAndSessionBoundaries(Plan plan) {
        Map<String, List<RtPart>> partsOf = new TreeMap<>();
        Map<RtPart, PlanSession> sessionOf = new HashMap<>();
        for (PlanDay day : plan.newDays()) {
            for (PlanSession session : day.sessions()) {
                for (RtPart part : session.parts()) {
                    partsOf.computeIfAbsent(part.kind() + " " + part.rt().label(), k -> new ArrayList<>()).add(part);
                    sessionOf.put(part, session);
                }
            }
        }
        partsOf.forEach((key, parts) -> {
            for (int i = 0; i < parts.size(); i++) {
                RtPart part = parts.get(i);
                assertThat(part.part()).as("number of part %d of %s", i, key).isEqualTo(i + 1);
                assertThat(part.parts()).isEqualTo(parts.size());
                if (i > 0) {
                    assertThat(part.firstPosition()).isGreaterThan(parts.get(i - 1).lastPosition());
                }
                if (i + 1 < parts.size()) {
                    PlanSession session = sessionOf.get(part);
                    assertThat(session.planned()).as("session holding a part of split %s is full", key)
                            .isEqualTo(session.capacity());
                    List<RtPart> sessionParts = session.parts();
                    assertThat(sessionParts.get(sessionParts.size() - 1)).isEqualTo(part);
                }
            }
        });
    }

    static int splitRts(Plan plan) {
        Set<String> split = new TreeSet<>();
        for (PlanDay day : plan.newDays()) {
            for (PlanSession session : day.sessions()) {
                for (RtPart part : session.parts()) {
                    if (part.isSplit()) {
                        split.add(part.kind() + " " + part.rt().label());
                    }
                }
            }
        }
        return split.size();
    }

    static void onlyServiceDays(Plan plan) {
        for (PlanDay day : plan.newDays()) {
            assertThat(plan.inputs().workingDays()).contains(day.date().getDayOfWeek());
            assertThat(plan.inputs().holidays()).doesNotContain(day.date());
            assertThat(day.date()).isBetween(plan.inputs().from(), plan.inputs().to());
        }
    }

    static void allProperties(Plan plan, List<RtList> lists) {
        capacityNeverExceeded(plan);
        everyHouseholdExactlyOnce(plan, lists);
        rwGroupsStayTogether(plan);
        splitsFollowTheListAndSessionBoundaries(plan);
        onlyServiceDays(plan);
    }
}
