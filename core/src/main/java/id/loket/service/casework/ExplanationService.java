package id.loket.service.casework;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.ExplanationDraft;
import id.loket.domain.household.HouseholdExplanation;
import id.loket.domain.household.OpenHousehold;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.ExplanationRepository;
import id.loket.storage.Jdbc;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Why a household on the list is not registered: the lurah records what the ketua RT reported (moved
 * out, died, duplicate KK, refused, not found, registered elsewhere), a supervisor can take it back. An
 * explained household counts as done in the progress, is no longer planned, leaves the checklist, and
 * the daily file counts it per reason.
 */
public final class ExplanationService {

    /** The result of recording or undoing. */
    public sealed interface Result permits Done, Refused {
    }

    /** Saved (and audited). */
    public record Done(long explanationId) implements Result {
    }

    /** Nothing saved; the reasons, in the person's words. */
    public record Refused(List<Message> problems) implements Result {
    }

    private final Jdbc jdbc;
    private final ExplanationRepository explanations;
    private final AuditLog audit;
    private final Clock clock;

    public ExplanationService(Jdbc jdbc, ExplanationRepository explanations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.explanations = explanations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The RTs with households on a list: the choices of the explanations screen. */
    public List<RtRef> rts() {
        return explanations.rts();
    }

    /** Households of the RT neither registered nor explained: the ones that can be explained. */
    public List<OpenHousehold> open(RtRef rt, String actor) {
        audit.record(actor, AuditAction.HOUSEHOLD_READ, "rt", rt.label(), "explanations: open households");
        return explanations.open(rt);
    }

    /** The explanations in force in the RT. */
    public List<HouseholdExplanation> explained(RtRef rt, String actor) {
        audit.record(actor, AuditAction.HOUSEHOLD_READ, "rt", rt.label(), "explanations: explained households");
        return explanations.inForce(rt);
    }

    /**
     * Records the explanation of one household: the draft's rules, then in one transaction a check that
     * the household is on a list, not registered and not explained already, the row and its audit entry.
     */
    public Result record(long householdId, ExplanationDraft draft, String actor) {
        List<Message> problems = draft.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        return jdbc.inTransaction(() -> {
            Optional<ExplanationRepository.HouseholdState> state = explanations.stateForUpdate(householdId);
            if (state.isEmpty() || !state.get().onList()) {
                return new Refused(List.of(Message.of("explanation.problem.notOnList")));
            }
            if (state.get().registered()) {
                return new Refused(List.of(Message.of("explanation.problem.registered")));
            }
            if (state.get().explained()) {
                return new Refused(List.of(Message.of("explanation.problem.already")));
            }
            long id = explanations.insert(householdId, draft.reason(), draft.reportedBy().strip(), draft.reportedOn(),
                    actor, LocalDateTime.now(clock));
            audit.record(actor, AuditAction.HOUSEHOLD_EXPLAINED, "household", String.valueOf(householdId),
                    draft.reason().name() + " reported " + draft.reportedOn());
            return new Done(id);
        });
    }

    /** Takes an explanation back (a supervisor's undo); the household is open again. */
    public Result undo(long explanationId, String actor) {
        return jdbc.inTransaction(() -> {
            Optional<Long> household = explanations.householdOf(explanationId);
            if (household.isEmpty() || explanations.undo(explanationId, actor, LocalDateTime.now(clock)) == 0) {
                return new Refused(List.of(Message.of("explanation.problem.notInForce")));
            }
            audit.record(actor, AuditAction.EXPLANATION_UNDONE, "household", String.valueOf(household.get()),
                    "explanation " + explanationId);
            return new Done(explanationId);
        });
    }
}
