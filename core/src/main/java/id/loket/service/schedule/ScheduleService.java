package id.loket.service.schedule;

import id.loket.domain.schedule.PlanInputs;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The schedule's use cases together (built by the wiring's lists area), so a view
 * model receives one object: {@link #plan()}, {@link #rePlan()}, {@link #query()}, {@link #csv()} and
 * {@link #printouts()}.
 */
public final class ScheduleService {

    private final PlanSchedule plan;
    private final RePlan rePlan;
    private final ScheduleQuery query;
    private final ScheduleCsvExport csv;
    private final SchedulePrintouts printouts;

    public ScheduleService(PlanSchedule plan, RePlan rePlan, ScheduleQuery query, ScheduleCsvExport csv,
                     SchedulePrintouts printouts) {
        this.plan = plan;
        this.rePlan = rePlan;
        this.query = query;
        this.csv = csv;
        this.printouts = printouts;
    }

    /**
     * Plans the window; once the schedule in force has begun, plans again from today instead
     * ({@link ScheduleQuery#replanFrom()}), so no household is given a day that has already passed and
     * no RT loses the day it was told.
     *
     * @throws InvalidPlanInputsException when {@link PlanInputs#problems()} is not empty
     */
    public PlanOutcome planKeepingPastDays(PlanInputs inputs, String actor) {
        Optional<LocalDate> from = query.replanFrom();
        return from.isPresent() ? rePlan.replan(inputs, from.get(), actor) : plan.plan(inputs, actor);
    }

    public PlanSchedule plan() {
        return plan;
    }

    public RePlan rePlan() {
        return rePlan;
    }

    public ScheduleQuery query() {
        return query;
    }

    public ScheduleCsvExport csv() {
        return csv;
    }

    public SchedulePrintouts printouts() {
        return printouts;
    }
}
