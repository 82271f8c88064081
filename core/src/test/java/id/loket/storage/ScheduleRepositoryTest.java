package id.loket.storage;

import id.loket.support.TestApps;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.ListedHousehold;
import id.loket.domain.schedule.PartKind;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.PlanSession;
import id.loket.domain.schedule.Planner;
import id.loket.domain.schedule.RtList;
import id.loket.domain.schedule.RtPart;
import id.loket.domain.schedule.SessionTemplate;
import id.loket.support.GeneratedKelurahan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans written to a real H2 file and read back, and the RT lists the planner reads from it. */
class ScheduleRepositoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 9, 30);

    @TempDir
    static Path dataDir;
    private static GeneratedKelurahan.Lists lists;
    private static List<Long> registered;

    private Database database;
    private Jdbc jdbc;
    private ScheduleRepository repository;
    private final Planner planner = new Planner();

    @BeforeAll
    static void fill() {
        lists = GeneratedKelurahan.fill(dataDir, 60, 60, 12_000);
        registered = new ArrayList<>();
        lists.households().values().forEach(ids -> registered.addAll(ids.subList(0, Math.min(3, ids.size()))));
        GeneratedKelurahan.register(dataDir, registered);
    }

    @BeforeEach
    void open() {
        database = TestApps.database(dataDir);
        jdbc = new Jdbc(database.dataSource());
        repository = new ScheduleRepository(jdbc);
        jdbc.update("DELETE FROM schedule_plan WHERE based_on IS NOT NULL");
        jdbc.update("DELETE FROM schedule_plan");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void rtListsAreEveryHouseholdInListOrderWithPriorityAndRegistration() {
        List<RtList> read = repository.rtLists();

        assertThat(read).extracting(RtList::rt).containsExactlyElementsOf(lists.households().keySet());
        assertThat(read).extracting(RtList::rt).isSorted();
        for (RtList list : read) {
            List<Long> ids = list.households().stream().map(ListedHousehold::id).toList();
            assertThat(ids).isEqualTo(lists.of(list.rt()));
            for (ListedHousehold household : list.households()) {
                assertThat(household.priority()).isEqualTo(lists.priority().contains(household.id()));
                assertThat(household.registered()).isEqualTo(registered.contains(household.id()));
            }
        }
        assertThat(read.stream().mapToInt(l -> l.households().size()).sum()).isEqualTo(12_000);
    }

    @Test
    void aSavedPlanReadsBackEqual() {
        Plan plan = planner.plan(PlanInputs.defaults(700).withDesilFirst(true)
                .withHolidays(List.of(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 26)))
                .withSessions(List.of(SessionTemplate.ofTimes(LocalTime.of(8, 0), LocalTime.of(11, 30)),
                        new SessionTemplate(LocalTime.of(13, 0), LocalTime.of(15, 30), 90))),
                repository.rtLists());

        long id = repository.save(plan, OptionalLong.empty(), "lurah", NOW);

        ScheduleRepository.StoredPlan stored = repository.load(id).orElseThrow();
        assertThat(stored.plan()).isEqualTo(plan);
        assertThat(stored.createdBy()).isEqualTo("lurah");
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.basedOn()).isEmpty();
        assertThat(repository.latestId()).hasValue(id);
        assertThat(jdbc.count("SELECT COUNT(*) FROM schedule_assignment")).isEqualTo(12_000 - registered.size());
    }

    @Test
    void aPlanThatDoesNotFitKeepsItsShortfallAndARePlanItsBase() {
        Plan tooSmall = planner.plan(PlanInputs.defaults(300), repository.rtLists());
        assertThat(tooSmall.allFit()).isFalse();
        long first = repository.save(tooSmall, OptionalLong.empty(), "cli", NOW);
        Plan replanned = planner.replan(PlanInputs.defaults(600), tooSmall, LocalDate.of(2026, 6, 10),
                repository.rtLists());
        long second = repository.save(replanned, OptionalLong.of(first), "cli", NOW.plusDays(9));

        assertThat(repository.load(first).orElseThrow().plan()).isEqualTo(tooSmall);
        ScheduleRepository.StoredPlan stored = repository.load(second).orElseThrow();
        assertThat(stored.plan()).isEqualTo(replanned);
        assertThat(stored.basedOn()).hasValue(first);
        assertThat(stored.plan().days()).anyMatch(day -> day.sessions().stream()
                .anyMatch(s -> s.parts().stream().anyMatch(p -> p.kind() == PartKind.CATCH_UP)));
        assertThat(repository.latest().orElseThrow().id()).isEqualTo(second);
    }

    @Test
    void theDaysOfAnRtComeFromThePlanInForceThroughItsIndex() {
        Plan plan = planner.plan(PlanInputs.defaults(700), repository.rtLists());
        repository.save(plan, OptionalLong.empty(), "cli", NOW);
        RtRef rt = RtRef.of("2", "1");
        List<LocalDate> expected = plan.visitsOf(rt).stream().map(Plan.Visit::date).distinct().toList();

        assertThat(repository.daysOf(rt)).isNotEmpty().isEqualTo(expected);
        assertThat(repository.daysOf(RtRef.of("99", "9"))).isEmpty();

        Plan later = planner.plan(PlanInputs.defaults(700).withWindow(LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 7, 10)), repository.rtLists());
        repository.save(later, OptionalLong.empty(), "cli", NOW);
        assertThat(repository.daysOf(rt)).allMatch(day -> !day.isBefore(LocalDate.of(2026, 6, 15)));

        String explain = jdbc.one("EXPLAIN SELECT DISTINCT service_day FROM schedule_part "
                        + "WHERE plan_id = (SELECT MAX(id) FROM schedule_plan) AND rw = ? AND rt = ? ORDER BY service_day",
                row -> row.getString(1), rt.rw(), rt.rt()).orElseThrow();
        assertThat(explain).containsIgnoringCase("SCHEDULE_PART_RT");
    }

    @Test
    void partsAndTheirHouseholdsReadInScheduleAndListOrder() {
        Plan plan = planner.plan(PlanInputs.defaults(700), repository.rtLists());
        long id = repository.save(plan, OptionalLong.empty(), "cli", NOW);

        List<ScheduleRepository.PartRow> parts = repository.parts(id);
        List<RtPart> planned = new ArrayList<>();
        for (PlanDay day : plan.days()) {
            for (PlanSession session : day.sessions()) {
                planned.addAll(session.parts());
            }
        }
        assertThat(parts).hasSameSizeAs(planned);
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i).rt()).isEqualTo(planned.get(i).rt());
            assertThat(parts.get(i).households()).isEqualTo(planned.get(i).size());
            assertThat(parts.get(i).firstPosition()).isEqualTo(planned.get(i).firstPosition());
        }
        ScheduleRepository.PartRow first = parts.get(0);
        List<ScheduleRepository.PartHousehold> households = repository.householdsOf(first.partId());
        assertThat(households).hasSize(first.households());
        assertThat(households).extracting(ScheduleRepository.PartHousehold::position).isSorted();
        assertThat(households).allMatch(h -> !h.headName().isBlank() && !h.registered());
        Map<RtRef, List<Long>> ids = lists.households();
        assertThat(households.get(0).householdId())
                .isEqualTo(ids.get(first.rt()).get(households.get(0).position() - 1));
    }
}
