package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registration schedule: every service day of the window with the RT parts of each session, and
 * the households that found no place ({@link #shortfalls}, empty when everything fits). A re-plan
 * carries the date it was made from; its days before that date are the earlier plan's, unchanged.
 */
public record Plan(PlanInputs inputs, Optional<LocalDate> replannedFrom, List<PlanDay> days,
                   List<Shortfall> shortfalls) {

    /** One visit of an RT: the day, the session and which of its households. */
    public record Visit(LocalDate date, PlanSession session, RtPart part) {
    }

    public Plan {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(replannedFrom, "replannedFrom");
        days = List.copyOf(days);
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean allFit() {
        return shortfalls.isEmpty();
    }

    /** Households with a place in the plan, on all its days. */
    public int plannedHouseholds() {
        return days.stream().mapToInt(PlanDay::planned).sum();
    }

    public int unplannedHouseholds() {
        return shortfalls.stream().mapToInt(Shortfall::households).sum();
    }

    /** The days this plan decided: all of them, or for a re-plan those from its date on. */
    public List<PlanDay> newDays() {
        return replannedFrom.map(first -> days.stream().filter(d -> !d.date().isBefore(first)).toList())
                .orElse(days);
    }

    /** Every visit of {@code rt}, in time order. */
    public List<Visit> visitsOf(RtRef rt) {
        List<Visit> visits = new ArrayList<>();
        for (PlanDay day : days) {
            for (PlanSession session : day.sessions()) {
                for (RtPart part : session.parts()) {
                    if (part.rt().equals(rt)) {
                        visits.add(new Visit(day.date(), session, part));
                    }
                }
            }
        }
        return visits;
    }

    /** The whole plan in one sentence: all fits, or how many households of how many RTs do not. */
    public Message summary() {
        int serviceDays = (int) days.stream().filter(d -> d.planned() > 0).count();
        if (allFit()) {
            return Message.of("schedule.summary.allFit", plannedHouseholds(), serviceDays);
        }
        return Message.of("schedule.summary.shortfall", plannedHouseholds(), serviceDays, unplannedHouseholds(),
                shortfalls.size());
    }
}
