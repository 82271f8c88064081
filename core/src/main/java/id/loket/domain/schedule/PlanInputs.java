package id.loket.domain.schedule;

import id.loket.domain.text.Message;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the lurah decides before a schedule is made: the registration window, the working
 * days and holidays, the sessions of a day, how many households the office can serve in a day, the
 * share of that kept free for walk-ins, and whether desil 1–2 / PKH households come first.
 *
 * <p>The collections are copied into sorted, unmodifiable ones, so two equal inputs always iterate
 * alike and the planner's result never depends on how a caller built them.
 */
public record PlanInputs(
        LocalDate from,
        LocalDate to,
        Set<DayOfWeek> workingDays,
        SortedSet<LocalDate> holidays,
        List<SessionTemplate> sessions,
        int capacityPerDay,
        int walkInReservePercent,
        boolean desilFirst) {

    /** The first registration period of the Surat Edaran: 4 June to 3 July 2026. */
    public static final LocalDate DEFAULT_FROM = LocalDate.of(2026, 6, 4);
    public static final LocalDate DEFAULT_TO = LocalDate.of(2026, 7, 3);
    public static final int DEFAULT_WALK_IN_RESERVE_PERCENT = 10;
    /** A window longer than this is a typing mistake (a wrong year), not a plan. */
    public static final int MAX_WINDOW_DAYS = 366;
    public static final int MAX_SESSIONS = 6;

    public PlanInputs {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(sessions, "sessions");
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(workingDays);
        workingDays = Collections.unmodifiableSet(days);
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        List<SessionTemplate> ordered = new ArrayList<>(sessions);
        ordered.sort((a, b) -> a.start().compareTo(b.start()));
        sessions = List.copyOf(ordered);
    }

    /** The default window, working days and sessions, with the office's daily capacity. */
    public static PlanInputs defaults(int capacityPerDay) {
        return new PlanInputs(DEFAULT_FROM, DEFAULT_TO, WorkingDays.MONDAY_TO_FRIDAY, new TreeSet<>(),
                SessionTemplate.DEFAULTS, capacityPerDay, DEFAULT_WALK_IN_RESERVE_PERCENT, false);
    }

    public PlanInputs withWindow(LocalDate newFrom, LocalDate newTo) {
        return new PlanInputs(newFrom, newTo, workingDays, holidays, sessions, capacityPerDay, walkInReservePercent,
                desilFirst);
    }

    public PlanInputs withWorkingDays(Set<DayOfWeek> days) {
        return new PlanInputs(from, to, days, holidays, sessions, capacityPerDay, walkInReservePercent, desilFirst);
    }

    public PlanInputs withHolidays(Collection<LocalDate> days) {
        return new PlanInputs(from, to, workingDays, new TreeSet<>(days), sessions, capacityPerDay,
                walkInReservePercent, desilFirst);
    }

    public PlanInputs withSessions(List<SessionTemplate> newSessions) {
        return new PlanInputs(from, to, workingDays, holidays, newSessions, capacityPerDay, walkInReservePercent,
                desilFirst);
    }

    public PlanInputs withCapacityPerDay(int capacity) {
        return new PlanInputs(from, to, workingDays, holidays, sessions, capacity, walkInReservePercent, desilFirst);
    }

    public PlanInputs withWalkInReservePercent(int percent) {
        return new PlanInputs(from, to, workingDays, holidays, sessions, capacityPerDay, percent, desilFirst);
    }

    public PlanInputs withDesilFirst(boolean first) {
        return new PlanInputs(from, to, workingDays, holidays, sessions, capacityPerDay, walkInReservePercent, first);
    }

    /**
     * What is wrong with these inputs, in words for the person who typed them; empty when a plan can
     * be made. The planner refuses inputs with problems.
     */
    public List<Message> problems() {
        List<Message> problems = new ArrayList<>();
        if (to.isBefore(from)) {
            problems.add(Message.of("schedule.problem.windowOrder", from.toString(), to.toString()));
        } else if (ChronoUnit.DAYS.between(from, to) >= MAX_WINDOW_DAYS) {
            problems.add(Message.of("schedule.problem.windowTooLong", from.toString(), to.toString(), MAX_WINDOW_DAYS));
        }
        if (workingDays.isEmpty()) {
            problems.add(Message.of("schedule.problem.noWorkingDays"));
        }
        if (sessions.isEmpty() || sessions.size() > MAX_SESSIONS) {
            problems.add(Message.of("schedule.problem.sessionCount", MAX_SESSIONS));
        } else {
            for (int i = 1; i < sessions.size(); i++) {
                if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                    problems.add(Message.of("schedule.problem.sessionsOverlap", sessions.get(i - 1).label(),
                            sessions.get(i).label()));
                }
            }
        }
        if (walkInReservePercent < 0 || walkInReservePercent > 90) {
            problems.add(Message.of("schedule.problem.reserve", walkInReservePercent));
        }
        if (capacityPerDay < 1) {
            problems.add(Message.of("schedule.problem.capacity", capacityPerDay));
        } else if (problems.isEmpty() && plannablePerDay() < sessions.size()) {
            problems.add(Message.of("schedule.problem.capacityTooSmall", capacityPerDay, walkInReservePercent,
                    sessions.size()));
        }
        return List.copyOf(problems);
    }

    /** Households a day can take by appointment: the capacity less the walk-in reserve, rounded down. */
    public int plannablePerDay() {
        return (int) ((long) capacityPerDay * (100 - walkInReservePercent) / 100);
    }

    /**
     * The plannable capacity of one day split over the sessions by their shares, largest remainder
     * first (ties to the earlier session), so the parts always add up to {@link #plannablePerDay}.
     */
    public int[] sessionCapacities() {
        int total = plannablePerDay();
        long weights = sessions.stream().mapToLong(SessionTemplate::share).sum();
        int[] result = new int[sessions.size()];
        long[] remainders = new long[sessions.size()];
        int given = 0;
        for (int i = 0; i < result.length; i++) {
            long exact = (long) total * sessions.get(i).share();
            result[i] = (int) (exact / weights);
            remainders[i] = exact % weights;
            given += result[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < result.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
        }
        return result;
    }

    /** The service days of the window on or after {@code first}: working days that are not holidays. */
    public List<LocalDate> serviceDays(LocalDate first) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = first.isAfter(from) ? first : from;
        for (; !day.isAfter(to); day = day.plusDays(1)) {
            if (workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    public List<LocalDate> serviceDays() {
        return serviceDays(from);
    }
}
