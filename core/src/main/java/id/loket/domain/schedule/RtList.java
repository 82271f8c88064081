package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;
import java.util.List;
import java.util.Objects;

/**
 * The list of heads of household of one RT, in the order of the list: the first element is
 * "rumah tangga ke-1". Registered households stay in it so positions do not shift as people register.
 */
public record RtList(RtRef rt, List<ListedHousehold> households) {

    public RtList {
        Objects.requireNonNull(rt, "rt");
        households = List.copyOf(households);
    }
}
