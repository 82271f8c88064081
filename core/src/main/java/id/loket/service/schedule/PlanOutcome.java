package id.loket.service.schedule;

import id.loket.domain.schedule.DayExplanation;
import id.loket.domain.schedule.Plan;
import id.loket.domain.text.Message;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A saved schedule as a screen or the command line shows it: the plan, its id, who made it when, and
 * its explanation per day (RTs, households, load against the capacity after the walk-in reserve).
 */
public record PlanOutcome(long planId, LocalDateTime createdAt, String createdBy, Plan plan,
                          List<DayExplanation> explanation) {

    public PlanOutcome {
        Objects.requireNonNull(plan, "plan");
        explanation = List.copyOf(explanation);
    }

    static PlanOutcome of(long planId, LocalDateTime createdAt, String createdBy, Plan plan) {
        return new PlanOutcome(planId, createdAt, createdBy, plan, DayExplanation.of(plan));
    }

    /** True when every household not yet registered has a day and a session. */
    public boolean allFit() {
        return plan.allFit();
    }

    public Message summary() {
        return plan.summary();
    }
}
