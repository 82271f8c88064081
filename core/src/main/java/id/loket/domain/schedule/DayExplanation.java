package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a day looks as it does, for the lurah: which RTs come, how many households, how full the day
 * is against its capacity after the walk-in reserve, and per session the parts with their list runs.
 */
public record DayExplanation(LocalDate date, int households, int capacity, int loadPercent, List<RtRef> rts,
                             List<Message> lines) {

    public DayExplanation {
        rts = List.copyOf(rts);
        lines = List.copyOf(lines);
    }

    /** One explanation per day of {@code plan}, in date order. */
    public static List<DayExplanation> of(Plan plan) {
        return plan.days().stream().map(DayExplanation::of).toList();
    }

    public static DayExplanation of(PlanDay day) {
        List<Message> lines = new ArrayList<>();
        for (PlanSession session : day.sessions()) {
            lines.add(Message.of("schedule.explain.session", session.template().label(), session.planned(),
                    session.capacity()));
            for (RtPart part : session.parts()) {
                lines.add(part.describe());
            }
        }
        return new DayExplanation(day.date(), day.planned(), day.capacity(), day.loadPercent(), day.rts(), lines);
    }

    /** "23 RT, 270 KK of 270 (100 %)": the day in one line, without its date (each face writes dates its way). */
    public Message headline() {
        return Message.of("schedule.explain.day", rts.size(), households, capacity, loadPercent);
    }
}
