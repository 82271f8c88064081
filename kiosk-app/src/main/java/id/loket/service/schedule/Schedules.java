package id.loket.service.schedule;

import id.loket.domain.schedule.Planner;
import id.loket.service.ScheduleCsvExport;
import id.loket.storage.Jdbc;
import id.loket.storage.ScheduleRepository;
import java.time.Clock;

/**
 * The schedule's use cases together, so the composition root wires them in one line and a view
 * model receives one object: {@link #plan()}, {@link #rePlan()}, {@link #query()} and {@link #csv()}.
 */
public final class Schedules {

    private final PlanSchedule plan;
    private final RePlan rePlan;
    private final ScheduleQuery query;
    private final ScheduleCsvExport csv;

    public Schedules(PlanSchedule plan, RePlan rePlan, ScheduleQuery query, ScheduleCsvExport csv) {
        this.plan = plan;
        this.rePlan = rePlan;
        this.query = query;
        this.csv = csv;
    }

    /** The use cases over one database, with the one planner they share. */
    public static Schedules wire(Jdbc jdbc, Clock clock) {
        ScheduleRepository repository = new ScheduleRepository(jdbc);
        Planner planner = new Planner();
        return new Schedules(new PlanSchedule(jdbc, repository, planner, clock),
                new RePlan(jdbc, repository, planner, clock), new ScheduleQuery(repository, clock),
                new ScheduleCsvExport(repository));
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
}
