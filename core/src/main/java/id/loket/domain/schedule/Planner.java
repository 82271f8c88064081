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
 * Makes the per-RT registration schedule the Surat Edaran asks of each kelurahan (item 6).
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
 *   <li><b>Targets.</b> Each session in turn gets a target: the households still to plan spread over
 *   the seats still left, in proportion to the session's size. The load is thus even over the window,
 *   and corrects itself as it goes (a session a little over its target lowers the next targets).
 *   Each session also has a minimum: what the sessions after it could not take. Filling every session
 *   at least to its minimum is what guarantees that a plan that can fit does fit.</li>
 *   <li><b>Fill.</b> Units are placed in order. A unit (or the rest of one) that fits the session's
 *   target, with a quarter of the target to spare, goes in whole. Otherwise, if the session has
 *   reached its minimum and half its target, the session is closed and the unit starts in the next
 *   one: an RT is not cut just to top a session up. It is closed too (once at its minimum) when the
 *   unit does not fit what is left of it but fits the next session whole. Otherwise the unit goes in
 *   whole if the session has room, or fills the session and goes on in the next session, the next day
 *   if need be: an RT larger than what is left of a session is split at the session boundary, and each
 *   part is a run of its list. Every rule stays within the session's capacity after the walk-in
 *   reserve.</li>
 *   <li><b>Shortfall.</b> When the households outnumber the seats, every minimum equals the session's
 *   capacity, so every seat is used and no plan could place more; the units left (the end of the
 *   order) are reported per RT.</li>
 * </ol>
 * The work is one sort of the RTs and one pass over the households: a city of 250,000 households
 * in 2,000 RTs is planned in well under a second. Nothing depends on hash order, clocks or chance:
 * equal inputs give equal plans.
 *
 * <p>A re-plan keeps the earlier plan's days before its date exactly as they were and plans the
 * households not yet registered over the service days left, those of days already past first.
 */
public final class Planner {

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
        long seatsLeft = 0;
        for (Slot slot : slots) {
            seatsLeft += slot.capacity;
        }
        long demandLeft = 0;
        for (Unit unit : units) {
            demandLeft += unit.size();
        }

        List<List<Slot>> placedIn = new ArrayList<>();
        List<List<int[]>> placedRanges = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            placedIn.add(new ArrayList<>(1));
            placedRanges.add(new ArrayList<>(1));
        }
        int unitIndex = 0;
        int next = 0;
        for (int k = 0; k < slots.size(); k++) {
            Slot slot = slots.get(k);
            if (unitIndex == units.size()) {
                break;
            }
            int nextCapacity = k + 1 < slots.size() ? slots.get(k + 1).capacity : 0;
            long seatsAfter = seatsLeft - slot.capacity;
            if (slot.capacity > 0) {
                int target = (int) Math.min(slot.capacity, ceilDiv(demandLeft * slot.capacity, seatsLeft));
                int minimum = (int) Math.max(0, Math.min(slot.capacity, demandLeft - seatsAfter));
                int wholeUpTo = Math.min(slot.capacity, target + Math.max(1, target / 4));
                long spare = Math.max(0, seatsLeft - demandLeft);
                long allowance = ceilDiv(2 * spare * slot.capacity, seatsLeft);
                while (unitIndex < units.size() && slot.free() > 0) {
                    Unit unit = units.get(unitIndex);
                    int remaining = unit.size() - next;
                    int take;
                    boolean mayClose = slot.used >= minimum && slot.free() <= allowance
                            && (slot.used > 0 || remaining <= nextCapacity);
                    if (slot.used + remaining <= wholeUpTo) {
                        take = remaining;
                    } else if (mayClose) {
                        break;
                    } else {
                        take = Math.min(remaining, slot.free());
                    }
                    placedIn.get(unitIndex).add(slot);
                    placedRanges.get(unitIndex).add(new int[] {next, next + take});
                    slot.used += take;
                    demandLeft -= take;
                    next += take;
                    if (next == unit.size()) {
                        unitIndex++;
                        next = 0;
                    }
                }
            }
            seatsLeft = seatsAfter;
        }

        Map<RtRef, Integer> shortfall = new TreeMap<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            List<Slot> unitSlots = placedIn.get(u);
            int placed = 0;
            for (int p = 0; p < unitSlots.size(); p++) {
                int[] range = placedRanges.get(u).get(p);
                PartHouseholds households = new PartHouseholds(
                        Arrays.copyOfRange(unit.ids(), range[0], range[1]),
                        Arrays.copyOfRange(unit.positions(), range[0], range[1]));
                unitSlots.get(p).parts.add(new RtPart(unit.rt(), unit.kind(), p + 1, unitSlots.size(), households));
                placed += range[1] - range[0];
            }
            if (placed < unit.size()) {
                shortfall.merge(unit.rt(), unit.size() - placed, Integer::sum);
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

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
