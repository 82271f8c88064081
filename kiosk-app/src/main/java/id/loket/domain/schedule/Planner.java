package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes the per-RT registration schedule (PRODUCT S2; Surat Edaran item 6).
 *
 * <h2>How</h2>
 * <ol>
 *   <li><b>Slots.</b> Every service day of the window (working day, not a holiday) gives one slot per
 *   session; a slot holds the day's capacity after the walk-in reserve, split over the sessions by
 *   their shares (largest remainder, so nothing is lost to rounding).</li>
 *   <li><b>Units.</b> Each RT gives up to three units of not-yet-registered households, always in the
 *   order of its list: catch-up (a re-plan only: households whose day has passed), priority (desil
 *   1–2 / PKH, only when the lurah puts them first) and regular. Units are ordered by kind in that
 *   order, then by RW, then by RT number. Ordering by RW number keeps the RTs of an RW next to each
 *   other, so they fall on the same or neighbouring days; ordering by kind first is what puts the
 *   catch-up and the desil 1–2 households at the start of the window.</li>
 *   <li><b>Fill.</b> Units are poured into the slots in that order, each slot filled to its capacity
 *   before the next. A unit larger than what is left of a slot is split at the session boundary and
 *   goes on in the next slot, the next day if need be; each part is a run of the RT's list. An RT is
 *   not started with a sliver at the end of a session (fewer than {@value #MIN_FIRST_PART}
 *   households, or a fifth of the session when that is less) while the window has seats to spare:
 *   those seats go to walk-ins and the RT starts in the next session. The seats given up never exceed
 *   the window's spare capacity, so this can never make a plan that fits stop fitting.</li>
 *   <li><b>Shortfall.</b> When the slots run out, the units left (the end of the order) are reported
 *   per RT. Every seat of the window is then in use, so no plan could place more households.</li>
 * </ol>
 * The work is one sort of the RTs and one pass over the households: a city of 250,000 households
 * in 2,000 RTs is planned in well under a second. Nothing depends on hash order, clocks or chance:
 * equal inputs give equal plans.
 *
 * <p>A re-plan keeps the earlier plan's days before its date exactly as they were and plans the
 * households not yet registered over the service days left, those of days already past first.
 */
public final class Planner {

    /** The fewest households an RT is started with at the end of a session, while seats can be spared. */
    static final int MIN_FIRST_PART = 10;

    /** A new plan over the whole window. */
    public Plan plan(PlanInputs inputs, List<RtList> lists) {
        requireUsable(inputs);
        List<Unit> units = units(inputs, lists, Set.of());
        return fill(inputs, Optional.empty(), List.of(), inputs.serviceDays(), units);
    }

    /**
     * Plans again from {@code from}: the days of {@code previous} before it are kept unchanged; the
     * households of {@code lists} not yet registered are planned over the service days from
     * {@code from} to the end of the window, those whose planned day has passed first (catch-up).
     */
    public Plan replan(PlanInputs inputs, Plan previous, LocalDate from, List<RtList> lists) {
        requireUsable(inputs);
        List<PlanDay> kept = previous.days().stream().filter(day -> day.date().isBefore(from)).toList();
        Set<Long> pastDue = new HashSet<>();
        for (PlanDay day : kept) {
            for (PlanSession session : day.sessions()) {
                for (RtPart part : session.parts()) {
                    for (int i = 0; i < part.size(); i++) {
                        pastDue.add(part.households().id(i));
                    }
                }
            }
        }
        List<Unit> units = units(inputs, lists, pastDue);
        return fill(inputs, Optional.of(from), kept, inputs.serviceDays(from), units);
    }

    private static void requireUsable(PlanInputs inputs) {
        if (!inputs.problems().isEmpty()) {
            throw new IllegalArgumentException("plan inputs have problems: " + inputs.problems());
        }
    }

    /** Households of one RT and one kind, in list order, to be placed together. */
    private record Unit(RtRef rt, PartKind kind, long[] ids, int[] positions) {
        int size() {
            return ids.length;
        }
    }

    /** A growable pair of primitive arrays, so a city's households are not boxed one by one. */
    private static final class Run {
        long[] ids = new long[16];
        int[] positions = new int[16];
        int size;

        void add(long id, int position) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            ids[size] = id;
            positions[size] = position;
            size++;
        }

        Unit unit(RtRef rt, PartKind kind) {
            return new Unit(rt, kind, Arrays.copyOf(ids, size), Arrays.copyOf(positions, size));
        }
    }

    private static List<Unit> units(PlanInputs inputs, List<RtList> lists, Set<Long> pastDue) {
        List<RtList> ordered = new ArrayList<>(lists);
        ordered.sort(Comparator.comparing(RtList::rt));
        Set<Long> seen = new HashSet<>();
        List<List<Unit>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        RtRef previousRt = null;
        for (RtList list : ordered) {
            if (list.rt().equals(previousRt)) {
                throw new IllegalArgumentException("RT listed twice: " + list.rt().label());
            }
            previousRt = list.rt();
            Run[] runs = {new Run(), new Run(), new Run()};
            List<ListedHousehold> households = list.households();
            for (int i = 0; i < households.size(); i++) {
                ListedHousehold household = households.get(i);
                if (!seen.add(household.id())) {
                    throw new IllegalArgumentException("household " + household.id() + " is listed twice");
                }
                if (household.registered()) {
                    continue;
                }
                PartKind kind = pastDue.contains(household.id()) ? PartKind.CATCH_UP
                        : inputs.desilFirst() && household.priority() ? PartKind.PRIORITY : PartKind.REGULAR;
                runs[kind.ordinal()].add(household.id(), i + 1);
            }
            for (PartKind kind : PartKind.values()) {
                if (runs[kind.ordinal()].size > 0) {
                    byKind.get(kind.ordinal()).add(runs[kind.ordinal()].unit(list.rt(), kind));
                }
            }
        }
        List<Unit> units = new ArrayList<>();
        byKind.forEach(units::addAll);
        return units;
    }

    /** One session of one day while it is being filled. */
    private static final class Slot {
        final LocalDate date;
        final int number;
        final SessionTemplate template;
        final int capacity;
        final List<RtPart> parts = new ArrayList<>();
        int used;

        Slot(LocalDate date, int number, SessionTemplate template, int capacity) {
            this.date = date;
            this.number = number;
            this.template = template;
            this.capacity = capacity;
        }

        int free() {
            return capacity - used;
        }

        /** Below this many free seats an RT is not started here while the window has seats to spare. */
        int smallestStart() {
            return Math.min(MIN_FIRST_PART, Math.max(1, capacity / 5));
        }
    }

    private static Plan fill(PlanInputs inputs, Optional<LocalDate> replannedFrom, List<PlanDay> kept,
                             List<LocalDate> serviceDays, List<Unit> units) {
        int[] capacities = inputs.sessionCapacities();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day : serviceDays) {
            for (int s = 0; s < capacities.length; s++) {
                slots.add(new Slot(day, s + 1, inputs.sessions().get(s), capacities[s]));
            }
        }
        long seats = 0;
        for (Slot slot : slots) {
            seats += slot.capacity;
        }
        long demand = 0;
        for (Unit unit : units) {
            demand += unit.size();
        }
        long spare = Math.max(0, seats - demand);

        Map<RtRef, Integer> shortfall = new TreeMap<>();
        int cursor = 0;
        List<Slot> unitSlots = new ArrayList<>();
        List<int[]> unitRanges = new ArrayList<>();
        for (Unit unit : units) {
            unitSlots.clear();
            unitRanges.clear();
            int next = 0;
            while (next < unit.size() && cursor < slots.size()) {
                Slot slot = slots.get(cursor);
                int free = slot.free();
                int remaining = unit.size() - next;
                if (free == 0) {
                    cursor++;
                    continue;
                }
                if (next == 0 && remaining > free && free < slot.smallestStart() && free <= spare) {
                    spare -= free;
                    cursor++;
                    continue;
                }
                int take = Math.min(remaining, free);
                unitSlots.add(slot);
                unitRanges.add(new int[] {next, next + take});
                slot.used += take;
                next += take;
                if (slot.free() == 0) {
                    cursor++;
                }
            }
            for (int p = 0; p < unitSlots.size(); p++) {
                int[] range = unitRanges.get(p);
                PartHouseholds households = new PartHouseholds(
                        Arrays.copyOfRange(unit.ids(), range[0], range[1]),
                        Arrays.copyOfRange(unit.positions(), range[0], range[1]));
                unitSlots.get(p).parts.add(new RtPart(unit.rt(), unit.kind(), p + 1, unitSlots.size(), households));
            }
            if (next < unit.size()) {
                shortfall.merge(unit.rt(), unit.size() - next, Integer::sum);
            }
        }

        List<PlanDay> days = new ArrayList<>(kept);
        List<PlanSession> sessions = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            sessions.add(new PlanSession(slot.number, slot.template, slot.capacity, slot.parts));
            if (i + 1 == slots.size() || !slots.get(i + 1).date.equals(slot.date)) {
                days.add(new PlanDay(slot.date, sessions));
                sessions = new ArrayList<>();
            }
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        shortfall.forEach((rt, count) -> shortfalls.add(new Shortfall(rt, count)));
        return new Plan(inputs, replannedFrom, days, shortfalls);
    }
}
