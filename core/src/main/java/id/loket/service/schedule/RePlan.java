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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Plans the rest of the window again from progress: the schedule in force keeps its days
 * before the chosen date exactly; the households not yet registered are planned over the service days
 * from that date, and those whose day has already passed come first, in catch-up sessions of their RT.
 * Saved as a new plan based on the one in force, in one transaction.
 */
public final class RePlan {

    private final Jdbc jdbc;
    private final ScheduleRepository schedules;
    private final Planner planner;
    private final AuditLog audit;
    private final Clock clock;

    public RePlan(Jdbc jdbc, ScheduleRepository schedules, Planner planner, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.planner = planner;
        this.audit = audit;
        this.clock = clock;
    }

    /** Re-plans from {@code from} with the inputs of the schedule in force. */
    public PlanOutcome replan(LocalDate from, String actor) {
        ScheduleRepository.StoredPlan current = schedules.latest().orElseThrow(NoPlanException::new);
        return replan(current.plan().inputs(), from, actor);
    }

    /**
     * Re-plans from {@code from} with new inputs (a changed capacity, a new holiday); the days before
     * {@code from} stay as they were planned, whatever the new inputs say.
     *
     * @throws NoPlanException when no schedule was saved yet
     * @throws InvalidPlanInputsException when {@link PlanInputs#problems()} is not empty
     */
    public PlanOutcome replan(PlanInputs inputs, LocalDate from, String actor) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(from, "from");
        if (!inputs.problems().isEmpty()) {
            throw new InvalidPlanInputsException(inputs.problems());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.inTransaction(() -> {
            ScheduleRepository.StoredPlan current = schedules.latest().orElseThrow(NoPlanException::new);
            List<RtList> lists = schedules.rtLists();
            Plan plan = planner.replan(inputs, current.plan(), from, lists);
            long id = schedules.save(plan, OptionalLong.of(current.id()), actor, now);
            audit.record(actor, AuditAction.SCHEDULE_PLANNED, "schedule_plan", String.valueOf(id),
                    "re-planned from " + from + ", based on plan " + current.id());
            return PlanOutcome.of(id, now, actor, plan);
        });
    }
}
