package id.loket.domain.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which household a resident at the counter belongs to, from what the records say about the NIK and
 * the KK number they brought, and every other household those numbers also point at.
 *
 * <p>Pure rules over household ids, so the table of cases is tested without a database. The order of
 * trust: the NIK as a head on an RT list, then the NIK as a member met here before, then the KK number.
 * A number that points somewhere else is never ignored: it becomes a {@link Conflict} the agent sees.
 *
 * @param chosen    the household to serve, if any
 * @param route     how it was found
 * @param conflicts the other households the same numbers point at, and a NIK that is not the head
 */
public record HouseholdMatch(Optional<Long> chosen, Route route, List<Conflict> conflicts) {

    /** How the household was found. */
    public enum Route { HEAD_NIK, MEMBER_NIK, KK_NUMBER, NONE }

    /** What a conflict is about. */
    public enum ConflictKind {
        /** The NIK is recorded as a member of another household. */
        NIK_MEMBER_ELSEWHERE,
        /** The KK number typed belongs to another household than the NIK's. */
        KK_ELSEWHERE,
        /** Found by the KK number, but the NIK is not that household's head (nor a member yet). */
        NIK_NOT_HEAD
    }

    /** A conflict with the household it names. */
    public record Conflict(ConflictKind kind, long householdId) {
    }

    public HouseholdMatch {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(route, "route");
        conflicts = List.copyOf(conflicts);
    }

    /**
     * @param nikGiven  whether a valid NIK was given (a lookup by KK number alone has none)
     * @param headOf    the household whose head has the NIK
     * @param memberOf  the household the NIK was recorded in as a member
     * @param kkHolder  the household with the KK number typed, if one was typed
     */
    public static HouseholdMatch resolve(boolean nikGiven, Optional<Long> headOf, Optional<Long> memberOf,
                                         Optional<Long> kkHolder) {
        Route route;
        Optional<Long> chosen;
        if (headOf.isPresent()) {
            route = Route.HEAD_NIK;
            chosen = headOf;
        } else if (memberOf.isPresent()) {
            route = Route.MEMBER_NIK;
            chosen = memberOf;
        } else if (kkHolder.isPresent()) {
            route = Route.KK_NUMBER;
            chosen = kkHolder;
        } else {
            return new HouseholdMatch(Optional.empty(), Route.NONE, List.of());
        }
        long served = chosen.get();
        List<Conflict> conflicts = new ArrayList<>();
        memberOf.filter(id -> id != served)
                .ifPresent(id -> conflicts.add(new Conflict(ConflictKind.NIK_MEMBER_ELSEWHERE, id)));
        kkHolder.filter(id -> id != served)
                .ifPresent(id -> conflicts.add(new Conflict(ConflictKind.KK_ELSEWHERE, id)));
        if (route == Route.KK_NUMBER && nikGiven) {
            conflicts.add(new Conflict(ConflictKind.NIK_NOT_HEAD, served));
        }
        return new HouseholdMatch(chosen, route, conflicts);
    }

    public boolean found() {
        return chosen.isPresent();
    }
}
