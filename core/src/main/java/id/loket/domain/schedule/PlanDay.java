package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Percent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One service day of a plan and its sessions in time order. */
public record PlanDay(LocalDate date, List<PlanSession> sessions) {

    public PlanDay {
        Objects.requireNonNull(date, "date");
        sessions = List.copyOf(sessions);
    }

    public int planned() {
        return sessions.stream().mapToInt(PlanSession::planned).sum();
    }

    /** Households the day can take by appointment (after the walk-in reserve). */
    public int capacity() {
        return sessions.stream().mapToInt(PlanSession::capacity).sum();
    }

    /** Planned households as a whole percent of {@link #capacity}, as {@link Percent} says it. */
    public int loadPercent() {
        return Percent.of(planned(), capacity());
    }

    /** The RTs asked to come this day, in the order they come. */
    public List<RtRef> rts() {
        Set<RtRef> seen = new LinkedHashSet<>();
        for (PlanSession session : sessions) {
            for (RtPart part : session.parts()) {
                seen.add(part.rt());
            }
        }
        return new ArrayList<>(seen);
    }
}
