package id.loket.service.schedule;

import id.loket.domain.audit.AuditAction;
import id.loket.documents.ScheduleDocuments;
import id.loket.documents.ScheduleRenderer;
import id.loket.domain.household.ExplainedHousehold;
import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.schedule.RtPart;
import id.loket.domain.schedule.SessionTemplate;
import id.loket.domain.office.OfficeProfile;
import id.loket.storage.AuditLog;
import id.loket.storage.ExplanationRepository;
import id.loket.storage.ScheduleRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schedule in force on paper, as A4 PDFs: the day's schedule for the office door,
 * the notice to a ketua RT and the whole-window overview. The notice names heads of household, so
 * making one is recorded in the audit log.
 */
public final class SchedulePrintouts {

    private final ScheduleRepository schedules;
    private final ExplanationRepository explanations;
    private final ScheduleRenderer renderer;
    private final OfficeProfile office;
    private final AuditLog audit;
    private final Clock clock;

    public SchedulePrintouts(ScheduleRepository schedules, ExplanationRepository explanations,
                             ScheduleRenderer renderer, OfficeProfile office, AuditLog audit, Clock clock) {
        this.schedules = schedules;
        this.explanations = explanations;
        this.renderer = renderer;
        this.office = office;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The schedule of {@code day} for the office door; empty when {@code day} is not a service day of
     * the schedule in force.
     *
     * @throws NoPlanException when no schedule was saved yet
     */
    public Optional<byte[]> daySheet(LocalDate day) {
        Plan plan = current().plan();
        return plan.days().stream().filter(d -> d.date().equals(day)).findFirst()
                .map(found -> renderer.daySheet(new ScheduleDocuments.DaySheet(office.name(), office.address(), found)));
    }

    /** The overview of the whole window, with what did not fit. */
    public byte[] overview() {
        ScheduleRepository.StoredPlan stored = current();
        return renderer.overview(new ScheduleDocuments.Overview(office.name(), office.address(), stored.plan(),
                stored.createdAt()));
    }

    /**
     * The notice to the ketua RT of {@code rt}: its visits from today on (all of them when every one
     * has passed), each with its households by name. Empty when the RT has no visit in the schedule.
     */
    public Optional<byte[]> rtNotice(RtRef rt, String actor) {
        ScheduleRepository.StoredPlan stored = current();
        LocalDate today = LocalDate.now(clock);
        List<ScheduleRepository.PartRow> parts = schedules.parts(stored.id()).stream()
                .filter(part -> part.rt().equals(rt)).toList();
        List<ScheduleRepository.PartRow> coming = parts.stream().filter(part -> !part.day().isBefore(today)).toList();
        List<ScheduleRepository.PartRow> chosen = coming.isEmpty() ? parts : coming;
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        // A household explained after the plan was made is no longer invited: it moves to the explained list.
        List<ExplainedHousehold> explained = explanations.onList(rt);
        java.util.Set<Long> notInvited = new java.util.HashSet<>();
        explained.forEach(household -> notInvited.add(household.householdId()));
        List<ScheduleDocuments.Visit> visits = new ArrayList<>();
        int households = explained.size();
        for (ScheduleRepository.PartRow row : chosen) {
            List<ScheduleDocuments.NoticeHousehold> names = schedules.householdsOf(row.partId()).stream()
                    .filter(h -> !notInvited.contains(h.householdId()))
                    .map(h -> new ScheduleDocuments.NoticeHousehold(h.position(), h.headName(), h.address()))
                    .toList();
            households += names.size();
            RtPart part = partOf(stored.plan(), row);
            visits.add(new ScheduleDocuments.Visit(row.day(), label(row.startsAt(), row.endsAt()), part.describe(),
                    names));
        }
        byte[] pdf = renderer.rtNotice(new ScheduleDocuments.RtNotice(office.name(), office.address(), rt,
                stored.plan().inputs().from(), stored.plan().inputs().to(), visits, explained));
        audit.record(actor, AuditAction.HOUSEHOLD_READ, "rt", rt.label(),
                "schedule notice, " + households + " household names");
        return Optional.of(pdf);
    }

    private ScheduleRepository.StoredPlan current() {
        return schedules.latest().orElseThrow(NoPlanException::new);
    }

    /** The plan's part the stored row stands for: same day, session, RT, kind and first position. */
    private static RtPart partOf(Plan plan, ScheduleRepository.PartRow row) {
        for (PlanDay day : plan.days()) {
            if (!day.date().equals(row.day())) {
                continue;
            }
            return day.sessions().stream().filter(s -> s.number() == row.sessionNumber())
                    .flatMap(s -> s.parts().stream())
                    .filter(p -> p.rt().equals(row.rt()) && p.kind() == row.kind()
                            && p.firstPosition() == row.firstPosition())
                    .findFirst().orElseThrow(() -> new IllegalStateException("stored part not in its plan: " + row));
        }
        throw new IllegalStateException("stored part's day not in its plan: " + row);
    }

    private static String label(LocalTime start, LocalTime end) {
        return new SessionTemplate(start, end, 1).label();
    }
}
