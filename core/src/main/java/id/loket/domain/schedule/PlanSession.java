package id.loket.domain.schedule;

import java.util.List;
import java.util.Objects;

/** One session of one day in a plan, with its capacity after the walk-in reserve and its RT parts. */
public record PlanSession(int number, SessionTemplate template, int capacity, List<RtPart> parts) {

    public PlanSession {
        Objects.requireNonNull(template, "template");
        parts = List.copyOf(parts);
        if (number < 1 || capacity < 0) {
            throw new IllegalArgumentException("session " + number + " with capacity " + capacity);
        }
    }

    public int planned() {
        int sum = 0;
        for (RtPart part : parts) {
            sum += part.size();
        }
        return sum;
    }
}
