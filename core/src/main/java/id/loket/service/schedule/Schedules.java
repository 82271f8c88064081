package id.loket.service.schedule;

/**
 * The schedule's use cases together (built by the wiring's lists area), so a view
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
