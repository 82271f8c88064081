package id.loket.service.schedule;

import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.Planner;
import id.loket.domain.schedule.RtList;
import id.loket.domain.audit.AuditAction;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.ScheduleRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Makes a new schedule over the whole registration window: reads the RT lists, plans the households
 * not yet registered and saves the plan, all in one transaction, so the plan saved is the plan of the
 * lists as they were read. The plan saved becomes the schedule in force.
 */
public final class PlanSchedule {

    private final Jdbc jdbc;
    private final ScheduleRepository schedules;
    private final Planner planner;
    private final AuditLog audit;
    private final Clock clock;

    public PlanSchedule(Jdbc jdbc, ScheduleRepository schedules, Planner planner, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.planner = planner;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Plans, saves and returns the plan with its explanation. When not everything fits the fullest
     * plan is saved all the same and {@link PlanOutcome#allFit()} is false.
     *
     * @throws InvalidPlanInputsException when {@link PlanInputs#problems()} is not empty
     */
    public PlanOutcome plan(PlanInputs inputs, String actor) {
        Objects.requireNonNull(inputs, "inputs");
        if (!inputs.problems().isEmpty()) {
            throw new InvalidPlanInputsException(inputs.problems());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.inTransaction(() -> {
            List<RtList> lists = schedules.rtLists();
            Plan plan = planner.plan(inputs, lists);
            long id = schedules.save(plan, OptionalLong.empty(), actor, now);
            audit.record(actor, AuditAction.SCHEDULE_PLANNED, "schedule_plan", String.valueOf(id),
                    "planned " + inputs.from() + ".." + inputs.to());
            return PlanOutcome.of(id, now, actor, plan);
        });
    }
}
