package id.loket.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.household.RtRef;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The planner's rules, on a small worked example and on generated kelurahan and city lists. */
class PlannerTest {

    private static final LocalDate THU_4_JUNE = LocalDate.of(2026, 6, 4);
    private final Planner planner = new Planner();

    private static RtList list(String rw, String rt, long firstId, int size) {
        List<ListedHousehold> households = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            households.add(new ListedHousehold(firstId + i, false, false));
        }
        return new RtList(RtRef.of(rw, rt), households);
    }

    private static String shape(PlanSession session) {
        return String.join(" ", session.parts().stream().map(p -> p.rt().rt() + "/" + p.rt().rw() + ":"
                + p.firstPosition() + "-" + p.lastPosition() + "(" + p.part() + "/" + p.parts() + ")").toList());
    }

    @Test
    void aWorkedExampleSpreadsTheLoadSplitsAtASessionBoundaryAndDoesNotCutAnRtToTopASessionUp() {
        // 100 a day less 10 % = 90: morning 60, afternoon 30 (4 hours against 2).
        PlanInputs inputs = PlanInputs.defaults(100).withWindow(THU_4_JUNE, LocalDate.of(2026, 6, 5));
        List<RtList> lists = List.of(list("2", "1", 500, 20), list("1", "2", 300, 45), list("1", "1", 100, 52));

        Plan plan = planner.plan(inputs, lists);

        assertThat(plan.allFit()).isTrue();
        assertThat(plan.days()).extracting(PlanDay::date).containsExactly(THU_4_JUNE, LocalDate.of(2026, 6, 5));
        PlanDay thursday = plan.days().get(0);
        PlanDay friday = plan.days().get(1);
        assertThat(thursday.sessions()).extracting(PlanSession::capacity).containsExactly(60, 30);
        // 117 households for 180 seats: the morning's target is 39 (117 x 60 / 180), up to 48 whole.
        // RT 1 of RW 1 (52) is over that but the session is empty, so it goes in whole; RT 2 (45) would
        // make 97, and the 8 seats left are within what the window can spare (63 seats over 4 sessions,
        // twice the morning's share is 42), so RT 2 starts in the afternoon instead of being cut for 8
        // seats. There it is larger than the session (30) and the next one cannot be waited for: the
        // afternoon's 30 empty seats are more than its allowance (28). It fills the session and goes on.
        assertThat(shape(thursday.sessions().get(0))).isEqualTo("001/001:1-52(1/1)");
        assertThat(shape(thursday.sessions().get(1))).isEqualTo("002/001:1-30(1/2)");
        // Friday morning: 35 left for 90 seats, target 24 (up to 30 whole): RT 2's 15 fit, RW 2's 20 do not.
        assertThat(shape(friday.sessions().get(0))).isEqualTo("002/001:31-45(2/2)");
        assertThat(shape(friday.sessions().get(1))).isEqualTo("001/002:1-20(1/1)");
        assertThat(thursday.loadPercent()).isEqualTo(91);
        assertThat(friday.loadPercent()).isEqualTo(39);
        assertThat(thursday.rts()).containsExactly(RtRef.of("1", "1"), RtRef.of("1", "2"));
    }

    @Test
    void anRtThatFitsTheNextSessionWholeWaitsForItWhenSeatsCanBeSpared() {
        // 97 households for 180 seats. RT 2 (45) does not fit Thursday afternoon (30) but fits Friday
        // morning (60) whole, and an empty afternoon (30 seats) is within its allowance (38): no split.
        PlanInputs inputs = PlanInputs.defaults(100).withWindow(THU_4_JUNE, LocalDate.of(2026, 6, 5));
        Plan plan = planner.plan(inputs, List.of(list("1", "1", 100, 52), list("1", "2", 300, 45)));

        assertThat(shape(plan.days().get(0).sessions().get(0))).isEqualTo("001/001:1-52(1/1)");
        assertThat(plan.days().get(0).sessions().get(1).parts()).isEmpty();
        assertThat(shape(plan.days().get(1).sessions().get(0))).isEqualTo("002/001:1-45(1/1)");
        assertThat(PlanChecks.splitRts(plan)).isZero();
    }

    @Test
    void withNoSeatsToSpareEverySeatIsUsedAndTheRestIsReportedPerRt() {
        PlanInputs inputs = PlanInputs.defaults(100).withWindow(THU_4_JUNE, THU_4_JUNE);
        List<RtList> lists = List.of(list("1", "1", 100, 52), list("1", "2", 300, 45), list("2", "1", 500, 20));

        Plan plan = planner.plan(inputs, lists);

        assertThat(plan.allFit()).isFalse();
        assertThat(plan.plannedHouseholds()).isEqualTo(90);
        assertThat(shape(plan.days().get(0).sessions().get(0))).isEqualTo("001/001:1-52(1/1) 002/001:1-8(1/2)");
        assertThat(shape(plan.days().get(0).sessions().get(1))).isEqualTo("002/001:9-38(2/2)");
        assertThat(plan.shortfalls()).containsExactly(new Shortfall(RtRef.of("1", "2"), 7),
                new Shortfall(RtRef.of("2", "1"), 20));
        assertThat(plan.unplannedHouseholds()).isEqualTo(27);
        PlanChecks.allProperties(plan, lists);
    }

    @Test
    void aGeneratedKelurahanFitsWithEveryProperty() {
        List<RtList> lists = GeneratedLists.kelurahan(61, 15);
        // 21 service days in the default window; 700 a day less 10 % = 630 a day: 13,230 seats.
        Plan plan = planner.plan(PlanInputs.defaults(700), lists);

        assertThat(plan.newDays()).hasSize(22);
        assertThat(plan.allFit()).isTrue();
        PlanChecks.allProperties(plan, lists);
        assertThat(PlanChecks.splitRts(plan)).as("RTs larger than what was left of a session").isPositive();
    }

    @Test
    void theLoadIsSpreadOverTheWholeWindowNotPiledAtItsStart() {
        List<RtList> lists = GeneratedLists.kelurahan(61, 0);
        // 12,000 households for 22 x 720 = 15,840 seats: about three quarters full on average.
        Plan plan = planner.plan(PlanInputs.defaults(800), lists);

        assertThat(plan.allFit()).isTrue();
        List<PlanDay> days = plan.days();
        int firstHalf = days.subList(0, 11).stream().mapToInt(PlanDay::planned).sum();
        assertThat(firstHalf).isBetween(12_000 * 40 / 100, 12_000 * 60 / 100);
        assertThat(days).allSatisfy(day -> assertThat(day.loadPercent()).isBetween(30, 100));
        assertThat(days.get(days.size() - 1).planned()).isPositive();
        assertThat(PlanChecks.splitRts(plan)).as("few RTs cut when seats can be spared").isLessThan(lists.size() / 5);
    }

    @Test
    void theDefaultWindowHasTwentyTwoWeekdaysAndHolidaysAndWeekendsAreSkipped() {
        PlanInputs inputs = PlanInputs.defaults(500);
        assertThat(inputs.serviceDays()).hasSize(22).first().isEqualTo(THU_4_JUNE);
        PlanInputs withHoliday = inputs.withHolidays(List.of(LocalDate.of(2026, 6, 16)))
                .withWorkingDays(WorkingDays.parse("MON-SAT").orElseThrow());
        assertThat(withHoliday.serviceDays()).hasSize(25).doesNotContain(LocalDate.of(2026, 6, 16));
        Plan plan = planner.plan(withHoliday, GeneratedLists.kelurahan(3, 0));
        PlanChecks.onlyServiceDays(plan);
        assertThat(plan.days()).anyMatch(d -> d.date().getDayOfWeek() == DayOfWeek.SATURDAY);
    }

    @Test
    void aCityIsPlannedWithEveryProperty() {
        List<RtList> lists = GeneratedLists.city(2026, 10);
        assertThat(lists).hasSize(2_000);
        assertThat(GeneratedLists.households(lists)).isEqualTo(250_000);
        PlanInputs inputs = PlanInputs.defaults(12_500).withWindow(THU_4_JUNE, LocalDate.of(2026, 7, 2));

        Plan plan = planner.plan(inputs, lists);

        assertThat(plan.newDays()).hasSize(21);
        assertThat(plan.allFit()).isTrue();
        PlanChecks.allProperties(plan, lists);
    }

    @Test
    void aCityThatDoesNotFitGetsTheFullestPlanAndAnExactReport() {
        List<RtList> lists = GeneratedLists.city(7, 0);
        PlanInputs inputs = PlanInputs.defaults(10_000);

        Plan plan = planner.plan(inputs, lists);

        assertThat(plan.allFit()).isFalse();
        assertThat(plan.plannedHouseholds() + plan.unplannedHouseholds()).isEqualTo(250_000);
        assertThat(plan.plannedHouseholds()).isEqualTo(22 * 9_000);
        assertThat(plan.days()).allMatch(day -> day.loadPercent() == 100);
        PlanChecks.allProperties(plan, lists);
        // What does not fit is the end of the order: the last RTs, the first of them perhaps in part.
        List<RtRef> short_ = plan.shortfalls().stream().map(Shortfall::rt).toList();
        List<RtRef> all = lists.stream().map(RtList::rt).sorted().toList();
        assertThat(short_).isEqualTo(all.subList(all.size() - short_.size(), all.size()));
    }

    @Test
    void theSameInputsGiveTheSamePlanWhateverTheOrderOfTheLists() {
        List<RtList> lists = GeneratedLists.kelurahan(99, 20);
        PlanInputs inputs = PlanInputs.defaults(650).withDesilFirst(true)
                .withHolidays(List.of(LocalDate.of(2026, 6, 17)));
        List<RtList> shuffled = new ArrayList<>(lists);
        Collections.shuffle(shuffled, new Random(5));

        Plan first = planner.plan(inputs, lists);
        Plan second = planner.plan(inputs, shuffled);

        assertThat(second).isEqualTo(first);
        assertThat(second.hashCode()).isEqualTo(first.hashCode());
        assertThat(planner.plan(inputs.withCapacityPerDay(651), lists)).isNotEqualTo(first);
    }

    @Test
    void desilFirstPlacesEveryPriorityHouseholdBeforeAnyOther() {
        List<RtList> lists = GeneratedLists.kelurahan(12, 10);
        Plan plan = planner.plan(PlanInputs.defaults(700).withDesilFirst(true), lists);

        assertThat(plan.allFit()).isTrue();
        PlanChecks.allProperties(plan, lists);
        Map<Long, List<PlanChecks.Placement>> placed = PlanChecks.placements(plan.days());
        int lastPrioritySlot = -1;
        int firstRegularSlot = Integer.MAX_VALUE;
        int priority = 0;
        for (RtList list : lists) {
            for (ListedHousehold household : list.households()) {
                if (household.registered()) {
                    continue;
                }
                PlanChecks.Placement at = placed.get(household.id()).get(0);
                assertThat(at.part().kind()).isEqualTo(household.priority() ? PartKind.PRIORITY : PartKind.REGULAR);
                if (household.priority()) {
                    priority++;
                    lastPrioritySlot = Math.max(lastPrioritySlot, at.slot());
                } else {
                    firstRegularSlot = Math.min(firstRegularSlot, at.slot());
                }
            }
        }
        assertThat(priority).isGreaterThan(500);
        assertThat(lastPrioritySlot).isLessThanOrEqualTo(firstRegularSlot);

        Plan plain = planner.plan(PlanInputs.defaults(700), lists);
        assertThat(plain.days()).allSatisfy(day -> assertThat(day.sessions()).allSatisfy(s ->
                assertThat(s.parts()).allMatch(p -> p.kind() == PartKind.REGULAR)));
    }

    @Test
    void aRePlanKeepsPastDaysAndGivesLaggingRtsCatchUpFirst() {
        List<RtList> lists = GeneratedLists.kelurahan(31, 0);
        PlanInputs inputs = PlanInputs.defaults(700);
        Plan first = planner.plan(inputs, lists);
        LocalDate replanFrom = LocalDate.of(2026, 6, 15);

        // By 15 June most of those called on earlier days came; a few called later came early.
        Map<Long, List<PlanChecks.Placement>> placed = PlanChecks.placements(first.days());
        Random random = new Random(8);
        Set<Long> lagging = new HashSet<>();
        List<RtList> progressed = new ArrayList<>();
        for (RtList list : lists) {
            List<ListedHousehold> households = new ArrayList<>();
            for (ListedHousehold household : list.households()) {
                boolean past = placed.get(household.id()).get(0).date().isBefore(replanFrom);
                boolean registered = past ? random.nextInt(100) < 75 : random.nextInt(100) < 5;
                if (past && !registered) {
                    lagging.add(household.id());
                }
                households.add(new ListedHousehold(household.id(), household.priority(), registered));
            }
            progressed.add(new RtList(list.rt(), households));
        }
        assertThat(lagging).hasSizeGreaterThan(500);

        Plan replanned = planner.replan(inputs, first, replanFrom, progressed);

        assertThat(replanned.replannedFrom()).contains(replanFrom);
        List<PlanDay> keptBefore = first.days().stream().filter(d -> d.date().isBefore(replanFrom)).toList();
        assertThat(replanned.days().subList(0, keptBefore.size())).isEqualTo(keptBefore);
        assertThat(replanned.newDays()).allMatch(d -> !d.date().isBefore(replanFrom));
        assertThat(replanned.newDays().get(0).date()).isEqualTo(replanFrom);
        PlanChecks.allProperties(replanned, progressed);

        Map<Long, List<PlanChecks.Placement>> replaced = PlanChecks.placements(replanned.newDays());
        int lastCatchUpSlot = -1;
        int firstOtherSlot = Integer.MAX_VALUE;
        for (Map.Entry<Long, List<PlanChecks.Placement>> entry : replaced.entrySet()) {
            PlanChecks.Placement at = entry.getValue().get(0);
            boolean catchUp = at.part().kind() == PartKind.CATCH_UP;
            assertThat(catchUp).as("household %d is catch-up", entry.getKey()).isEqualTo(lagging.contains(entry.getKey()));
            if (catchUp) {
                lastCatchUpSlot = Math.max(lastCatchUpSlot, at.slot());
            } else {
                firstOtherSlot = Math.min(firstOtherSlot, at.slot());
            }
        }
        assertThat(lastCatchUpSlot).isLessThanOrEqualTo(firstOtherSlot);
        assertThat(replaced.keySet()).containsAll(lagging);
    }

    @Test
    void aRePlanFromBeforeTheWindowIsAFreshPlanAndAfterItPlacesNobody() {
        List<RtList> lists = GeneratedLists.kelurahan(4, 0);
        PlanInputs inputs = PlanInputs.defaults(700);
        Plan first = planner.plan(inputs, lists);

        Plan again = planner.replan(inputs, first, LocalDate.of(2026, 6, 1), lists);
        assertThat(again.days()).isEqualTo(first.days());

        Plan tooLate = planner.replan(inputs, first, LocalDate.of(2026, 7, 4), lists);
        assertThat(tooLate.days()).isEqualTo(first.days());
        assertThat(tooLate.newDays()).isEmpty();
        assertThat(tooLate.unplannedHouseholds()).isEqualTo(12_000);
    }

    @Test
    void sessionCapacitiesAddUpToTheDayAfterTheReserve() {
        for (int capacity : IntStream.rangeClosed(2, 400).toArray()) {
            for (int reserve : new int[] {0, 10, 25, 50}) {
                PlanInputs inputs = PlanInputs.defaults(capacity).withWalkInReservePercent(reserve);
                int[] split = inputs.sessionCapacities();
                assertThat(split[0] + split[1]).isEqualTo(capacity * (100 - reserve) / 100);
                assertThat(split[0]).isGreaterThanOrEqualTo(split[1]);
            }
        }
        assertThat(PlanInputs.defaults(300).sessionCapacities()).containsExactly(180, 90);
    }

    @Test
    void inputsWithProblemsAreNamedAndRefused() {
        PlanInputs backwards = PlanInputs.defaults(100).withWindow(LocalDate.of(2026, 7, 3), THU_4_JUNE);
        assertThat(backwards.problems()).extracting(m -> m.key()).containsExactly("schedule.problem.windowOrder");
        assertThat(PlanInputs.defaults(0).problems()).extracting(m -> m.key())
                .containsExactly("schedule.problem.capacity");
        assertThat(PlanInputs.defaults(1).problems()).extracting(m -> m.key())
                .containsExactly("schedule.problem.capacityTooSmall");
        assertThat(PlanInputs.defaults(100).withWalkInReservePercent(95).problems()).extracting(m -> m.key())
                .containsExactly("schedule.problem.reserve");
        assertThat(PlanInputs.defaults(100).withWorkingDays(Set.of()).problems()).extracting(m -> m.key())
                .containsExactly("schedule.problem.noWorkingDays");
        assertThat(PlanInputs.defaults(100).withWindow(THU_4_JUNE, LocalDate.of(2027, 7, 3)).problems())
                .extracting(m -> m.key()).containsExactly("schedule.problem.windowTooLong");
        assertThat(PlanInputs.defaults(100).withSessions(List.of(
                        SessionTemplate.ofTimes(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(12, 0)),
                        SessionTemplate.ofTimes(java.time.LocalTime.of(11, 0), java.time.LocalTime.of(13, 0))))
                .problems()).extracting(m -> m.key()).containsExactly("schedule.problem.sessionsOverlap");
        assertThatThrownBy(() -> planner.plan(backwards, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anRtOrAHouseholdListedTwiceIsRefused() {
        assertThatThrownBy(() -> planner.plan(PlanInputs.defaults(100),
                List.of(list("1", "1", 1, 3), list("1", "01", 10, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RT 001 / RW 001");
        assertThatThrownBy(() -> planner.plan(PlanInputs.defaults(100),
                List.of(list("1", "1", 1, 3), list("1", "2", 3, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("household 3");
    }

    @Test
    void partsDescribeTheirRunOfTheList() {
        Plan plan = planner.plan(PlanInputs.defaults(100).withWindow(THU_4_JUNE, LocalDate.of(2026, 6, 5)),
                List.of(list("1", "1", 100, 52), list("1", "2", 300, 45), list("2", "1", 500, 20)));
        RtPart split = plan.days().get(0).sessions().get(1).parts().get(0);
        assertThat(split.describe().key()).isEqualTo("schedule.part.regularSplit");
        assertThat(split.describe().args()).containsExactly("002", "001", 1, 30, 30, 1, 2);
        RtPart whole = plan.days().get(0).sessions().get(0).parts().get(0);
        assertThat(whole.describe().key()).isEqualTo("schedule.part.regular");
        List<DayExplanation> explanation = DayExplanation.of(plan);
        assertThat(explanation).hasSize(2);
        assertThat(explanation.get(0).headline().args()).containsExactly(2, 82, 90, 91);
        assertThat(explanation.get(0).lines()).extracting(m -> m.key()).containsExactly("schedule.explain.session",
                "schedule.part.regular", "schedule.explain.session", "schedule.part.regularSplit");
    }
}
