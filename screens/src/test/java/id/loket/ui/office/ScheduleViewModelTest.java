package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.schedule.PlanOutcome;
import id.loket.support.CaseworkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import id.loket.wiring.AppContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lurah's per-RT schedule: planned, explained, re-planned and refused, on a real database. */
class ScheduleViewModelTest {

    /** A Monday inside the demo office's default window. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private Agent lurah;
    private ScheduleViewModel schedule;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheScheduleTab() {
        app = TestApps.withDemoData(dir, 20);
        background = SameThread.background();
        lurah = new CaseworkFixtures(app).supervisor();
        schedule = model();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private ScheduleViewModel model() {
        return new ScheduleViewModel(app.lists().schedules(), app.reporting().reports(),
                app.reporting().officeDesk().printer(), background, texts,
                lurah);
    }

    private PlanOutcome planInForce() {
        return app.lists().schedules().query().current().orElseThrow();
    }

    @Test
    void aPlanIsMadeWithItsDaysListedAndTheFirstDayAndRtChosen() {
        schedule.capacityProperty().set("300");

        schedule.plan();

        PlanOutcome made = planInForce();
        assertThat(made.createdBy()).isEqualTo("lurah");
        assertThat(schedule.days()).isNotEmpty().hasSize(made.explanation().size());
        assertThat(schedule.days().get(0).date()).isEqualTo(made.explanation().get(0).date());
        assertThat(schedule.days().get(0).text()).contains(" \u2014 ");
        assertThat(schedule.chosenDayProperty().get()).isEqualTo(schedule.days().get(0));
        assertThat(schedule.rts()).isNotEmpty();
        assertThat(schedule.chosenRtProperty().get()).isEqualTo(schedule.rts().get(0));
        assertThat(schedule.busyProperty().get()).isFalse();
        assertThat(schedule.messageProperty().get()).isEmpty();
    }

    @Test
    void aPlanWhereEveryHouseholdFitsIsSummedUpInWordsWithNoShortfall() {
        schedule.capacityProperty().set("300");

        schedule.plan();

        PlanOutcome made = planInForce();
        assertThat(made.allFit()).isTrue();
        // Every household the office has not registered yet, on the days that have anyone planned.
        int unregistered = new CaseworkFixtures(app).unregistered().size();
        int serviceDays = (int) made.plan().days().stream().filter(d -> d.planned() > 0).count();
        assertThat(schedule.summaryProperty().get()).isEqualTo(texts.text("schedule.summary.allFit",
                unregistered, serviceDays));
        assertThat(schedule.shortfall()).isEmpty();
    }

    @Test
    void aWindowTooShortNamesEachRtLeftOutWithItsHouseholds() {
        schedule.fromProperty().set(MONDAY);
        schedule.toProperty().set(MONDAY);
        schedule.capacityProperty().set("2");
        schedule.reserveProperty().set("0");

        schedule.plan();

        PlanOutcome made = planInForce();
        assertThat(made.allFit()).isFalse();
        assertThat(schedule.summaryProperty().get()).isEqualTo(texts.text(made.summary()))
                .contains("tidak mendapat tempat");
        assertThat(schedule.shortfall()).hasSize(made.plan().shortfalls().size())
                .contains(texts.text("office.plan.shortfall", made.plan().shortfalls().get(0).rt().label(),
                        made.plan().shortfalls().get(0).households()));
    }

    @Test
    void planningAgainReplacesThePlanInForceAndTheListedDays() {
        schedule.capacityProperty().set("300");
        schedule.plan();
        long first = planInForce().planId();

        schedule.fromProperty().set(MONDAY);
        schedule.toProperty().set(MONDAY.plusDays(4));
        schedule.desilFirstProperty().set(true);
        schedule.plan();

        PlanOutcome again = planInForce();
        assertThat(again.planId()).isNotEqualTo(first);
        assertThat(again.plan().inputs().desilFirst()).isTrue();
        assertThat(schedule.days()).isNotEmpty().allSatisfy(day ->
                assertThat(day.date()).isBetween(MONDAY, MONDAY.plusDays(4)));
        assertThat(app.security().auditTrail().search(LocalDate.now(TestApps.FIRST_DAY),
                LocalDate.now(TestApps.FIRST_DAY),
                Optional.of("lurah"), Optional.of(AuditAction.SCHEDULE_PLANNED))).hasSize(2);
    }

    @Test
    void onceThePlanInForceHasBegunTheActionPlansAgainFromTodayAndLeavesThePastDaysAlone() {
        LocalDate today = LocalDate.now(TestApps.FIRST_DAY);
        schedule.fromProperty().set(LocalDate.of(2026, 6, 1));
        schedule.toProperty().set(LocalDate.of(2026, 6, 30));
        schedule.capacityProperty().set("3");
        assertThat(schedule.runTextProperty().get()).isEqualTo(texts.text("office.plan.run"));
        schedule.plan();
        PlanOutcome begun = planInForce();
        assertThat(schedule.runTextProperty().get()).isEqualTo(texts.text("office.plan.replan"));
        assertThat(schedule.replanNoteProperty().get()).contains("4 Juni 2026");

        schedule.capacityProperty().set("300");
        schedule.plan();

        PlanOutcome again = planInForce();
        assertThat(again.planId()).isNotEqualTo(begun.planId());
        assertThat(again.plan().days().stream().filter(d -> d.date().isBefore(today)).toList())
                .isNotEmpty()
                .isEqualTo(begun.plan().days().stream().filter(d -> d.date().isBefore(today)).toList());
        assertThat(schedule.days()).extracting(ScheduleViewModel.DayLine::date).contains(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aReopenedTabOfABegunScheduleSaysThatANewPlanStartsToday() {
        schedule.fromProperty().set(LocalDate.of(2026, 6, 1));
        schedule.capacityProperty().set("300");
        schedule.plan();

        ScheduleViewModel reopened = model();
        assertThat(reopened.replanNoteProperty().get()).isEmpty();
        reopened.load();

        assertThat(reopened.runTextProperty().get()).isEqualTo(texts.text("office.plan.replan"));
        assertThat(reopened.replanNoteProperty().get()).isEqualTo(texts.text("office.plan.replanNote", "4 Juni 2026"));
    }

    @Test
    void aScheduleThatBeginsTodayIsStillMadeAnew() {
        schedule.capacityProperty().set("300");
        schedule.plan();

        assertThat(planInForce().plan().inputs().from()).isEqualTo(LocalDate.now(TestApps.FIRST_DAY));
        assertThat(schedule.runTextProperty().get()).isEqualTo(texts.text("office.plan.run"));
        assertThat(schedule.replanNoteProperty().get()).isEmpty();
    }

    @Test
    void aReopenedTabShowsThePlanInForceWithTheInputsItWasMadeWith() {
        schedule.fromProperty().set(MONDAY);
        schedule.toProperty().set(MONDAY.plusDays(11));
        schedule.capacityProperty().set("150");
        schedule.reserveProperty().set("20");
        schedule.holidaysProperty().set("2026-06-10");
        schedule.plan();

        ScheduleViewModel reopened = model();
        reopened.load();

        assertThat(reopened.fromProperty().get()).isEqualTo(MONDAY);
        assertThat(reopened.toProperty().get()).isEqualTo(MONDAY.plusDays(11));
        assertThat(reopened.capacityProperty().get()).isEqualTo("150");
        assertThat(reopened.reserveProperty().get()).isEqualTo("20");
        assertThat(reopened.holidaysProperty().get()).isEqualTo("2026-06-10");
        assertThat(reopened.summaryProperty().get()).isEqualTo(schedule.summaryProperty().get());
        assertThat(reopened.days()).extracting(ScheduleViewModel.DayLine::date)
                .doesNotContain(LocalDate.of(2026, 6, 10));
    }

    @Test
    void aCapacityThatIsNotANumberIsNamedAndNothingIsPlanned() {
        schedule.capacityProperty().set("tiga ratus");

        schedule.plan();

        assertThat(schedule.messageProperty().get()).isEqualTo(texts.text("office.plan.notANumber",
                texts.text("office.plan.capacity"), "tiga ratus"));
        assertThat(app.lists().schedules().query().current()).isEmpty();
        assertThat(schedule.days()).isEmpty();
        assertThat(schedule.busyProperty().get()).isFalse();
    }

    @Test
    void aHolidayThatIsNotADateIsNamedWithTheWayToWriteIt() {
        schedule.capacityProperty().set("300");
        schedule.holidaysProperty().set("2026-06-17, 17/06/2026");

        schedule.plan();

        assertThat(schedule.messageProperty().get()).isEqualTo(texts.text("office.plan.badHoliday", "17/06/2026"));
        assertThat(app.lists().schedules().query().current()).isEmpty();
    }

    @Test
    void aCapacityOfZeroIsRefusedWithThePlannersReason() {
        schedule.capacityProperty().set("0");

        schedule.plan();

        assertThat(schedule.messageProperty().get()).isEqualTo(texts.text(
                Message.of("schedule.problem.capacity", 0)));
        assertThat(app.lists().schedules().query().current()).isEmpty();
    }

    @Test
    void aWindowWithoutItsEndAsksForBothDates() {
        schedule.capacityProperty().set("300");
        schedule.toProperty().set(null);

        schedule.plan();

        assertThat(schedule.messageProperty().get()).isEqualTo(texts.text("office.plan.noWindow"));
        assertThat(app.lists().schedules().query().current()).isEmpty();
    }

    @Test
    void theOverviewIsMadeAsAPdfAndPreviewed() {
        schedule.capacityProperty().set("300");
        schedule.plan();

        schedule.previewOverview();

        assertThat(schedule.messageProperty().get()).isEqualTo(texts.text("office.report.ready",
                "jadwal-keseluruhan.pdf"));
        assertThat(schedule.printout().pagesProperty().get()).isPositive();
        assertThat(schedule.printout().imageProperty().get()).isNotNull();
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndTheInputsAreKept() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        schedule.capacityProperty().set("300");
        app.close();

        schedule.plan();

        assertThat(schedule.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(schedule.busyProperty().get()).isFalse();
        assertThat(schedule.capacityProperty().get()).isEqualTo("300");
        assertThat(schedule.days()).isEmpty();
    }
}
