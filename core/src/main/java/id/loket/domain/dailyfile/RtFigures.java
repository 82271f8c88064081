package id.loket.domain.dailyfile;

import id.loket.domain.household.ExplanationReason;
import java.util.EnumMap;
import java.util.Map;

/**
 * One RT's counts at the end of a day: households on its list, registered, whose latest attempt failed or
 * needs a follow-up, and those explained (not registered for a reason the ketua RT gave). Counts only.
 *
 * @param explained per reason; reasons with none may be absent
 */
public record RtFigures(String rw, String rt, int households, int registered, int failed, int followUp,
                        Map<ExplanationReason, Integer> explained) {

    public RtFigures {
        Counts.requireNotNegative("households", households);
        Counts.requireNotNegative("registered", registered);
        Counts.requireNotNegative("failed", failed);
        Counts.requireNotNegative("followUp", followUp);
        EnumMap<ExplanationReason, Integer> all = new EnumMap<>(ExplanationReason.class);
        for (ExplanationReason reason : ExplanationReason.values()) {
            int count = explained.getOrDefault(reason, 0);
            Counts.requireNotNegative("explained." + reason, count);
            all.put(reason, count);
        }
        explained = Map.copyOf(all);
        if (registered + explainedTotal(all) > households) {
            throw new IllegalArgumentException("RT " + rw + "/" + rt + ": registered and explained (" + registered
                    + " + " + explainedTotal(all) + ") exceed the households on the list (" + households + ")");
        }
    }

    public int explainedTotal() {
        return explainedTotal(explained);
    }

    public int explained(ExplanationReason reason) {
        return explained.get(reason);
    }

    /** Done: registered or explained; the list is closed when this reaches the households. */
    public int done() {
        return registered + explainedTotal();
    }

    /** Neither registered nor explained yet. */
    public int open() {
        return households - done();
    }

    private static int explainedTotal(Map<ExplanationReason, Integer> explained) {
        return explained.values().stream().mapToInt(Integer::intValue).sum();
    }
}
