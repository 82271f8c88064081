package id.loket.service.schedule;

import id.loket.documents.ScheduleRenderer;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.Planner;
import id.loket.service.OfficeProfile;
import id.loket.storage.AuditLog;
import id.loket.storage.ExplanationRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.ScheduleRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The schedule's use cases together, so the composition root wires them in one line and a view
 * model receives one object: {@link #plan()}, {@link #rePlan()}, {@link #query()}, {@link #csv()} and
 * {@link #printouts()}.
 */
public final class Schedules {

    private final PlanSchedule plan;
    private final RePlan rePlan;
    private final ScheduleQuery query;
    private final ScheduleCsvExport csv;
    private final SchedulePrintouts printouts;

    public Schedules(PlanSchedule plan, RePlan rePlan, ScheduleQuery query, ScheduleCsvExport csv,
                     SchedulePrintouts printouts) {
        this.plan = plan;
        this.rePlan = rePlan;
        this.query = query;
        this.csv = csv;
        this.printouts = printouts;
    }

    /** The use cases over one database, with the one planner and repository they share. */
    public static Schedules wire(Jdbc jdbc, AuditLog audit, ScheduleRenderer renderer, OfficeProfile office,
                                 Clock clock) {
        ScheduleRepository repository = new ScheduleRepository(jdbc);
        Planner planner = new Planner();
        return new Schedules(new PlanSchedule(jdbc, repository, planner, audit, clock),
                new RePlan(jdbc, repository, planner, audit, clock), new ScheduleQuery(repository, clock),
                new ScheduleCsvExport(repository), new SchedulePrintouts(repository,
                new ExplanationRepository(jdbc), renderer, office, audit, clock));
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
