package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Message;
import java.util.Objects;

/**
 * The households of one RT asked to come in one session. An RT that does not fit in one session is
 * split into parts numbered {@code part} of {@code parts}; each part is a run of the RT's list
 * ("rumah tangga ke-1 s.d. ke-85"). Within a kind, every household of the RT whose position lies
 * between the part's first and last position belongs to that part.
 */
public record RtPart(RtRef rt, PartKind kind, int part, int parts, PartHouseholds households) {

    public RtPart {
        Objects.requireNonNull(rt, "rt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(households, "households");
        if (part < 1 || part > parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
    }

    public int size() {
        return households.size();
    }

    public int firstPosition() {
        return households.firstPosition();
    }

    public int lastPosition() {
        return households.lastPosition();
    }

    public boolean isSplit() {
        return parts > 1;
    }

    /** One line for a person: which RT, which households of its list, how many, and why. */
    public Message describe() {
        String rtNumber = rt.rt();
        String rwNumber = rt.rw();
        return switch (kind) {
            case REGULAR -> isSplit()
                    ? Message.of("schedule.part.regularSplit", rtNumber, rwNumber, firstPosition(), lastPosition(),
                            size(), part, parts)
                    : Message.of("schedule.part.regular", rtNumber, rwNumber, firstPosition(), lastPosition(), size());
            case PRIORITY -> Message.of("schedule.part.priority", rtNumber, rwNumber, firstPosition(), lastPosition(),
                    size());
            case CATCH_UP -> Message.of("schedule.part.catchUp", rtNumber, rwNumber, firstPosition(), lastPosition(),
                    size());
        };
    }
}
