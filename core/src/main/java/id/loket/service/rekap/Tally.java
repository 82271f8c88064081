package id.loket.service.rekap;

import id.loket.domain.dailyfile.DailyFigures;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import java.util.EnumMap;
import java.util.Map;

/**
 * The roll-up's counts of a kelurahan, a kecamatan or a city. The state (households, registered, ...) is
 * each office's latest day; the work (attempts per outcome, consent refusals) is summed over the days.
 */
public record Tally(int households, int registered, int failed, int followUp, Map<ExplanationReason, Integer> explained,
                    Map<RegistrationPath, Integer> registeredByPath, Map<Outcome, Integer> attemptsByOutcome,
                    int consentRefusals, int walkIns, int asnHouseholds, int asnRegistered) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0);

    public Tally {
        explained = Map.copyOf(explained);
        registeredByPath = Map.copyOf(registeredByPath);
        attemptsByOutcome = Map.copyOf(attemptsByOutcome);
    }

    /** A kelurahan's tally: the state of its latest file, the work of all its files. */
    static Tally ofOffice(DailyFigures latest, Iterable<DailyFigures> allDays) {
        Map<ExplanationReason, Integer> explained = new EnumMap<>(ExplanationReason.class);
        for (ExplanationReason reason : ExplanationReason.values()) {
            explained.put(reason, latest.explained(reason));
        }
        Map<Outcome, Integer> attempts = new EnumMap<>(Outcome.class);
        int refusals = 0;
        for (DailyFigures day : allDays) {
            day.attemptsByOutcome().forEach((outcome, count) -> attempts.merge(outcome, count, Integer::sum));
            refusals += day.consentRefusals();
        }
        return new Tally(latest.households(), latest.registered(), latest.failed(), latest.followUp(), explained,
                latest.registeredByPath(), attempts, refusals, latest.walkIns(), latest.asnHouseholds(),
                latest.asnRegistered());
    }

    public Tally plus(Tally other) {
        return new Tally(households + other.households, registered + other.registered, failed + other.failed,
                followUp + other.followUp, sum(explained, other.explained), sum(registeredByPath, other.registeredByPath),
                sum(attemptsByOutcome, other.attemptsByOutcome), consentRefusals + other.consentRefusals,
                walkIns + other.walkIns, asnHouseholds + other.asnHouseholds, asnRegistered + other.asnRegistered);
    }

    public int explainedTotal() {
        return explained.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int explained(ExplanationReason reason) {
        return explained.getOrDefault(reason, 0);
    }

    public int byPath(RegistrationPath path) {
        return registeredByPath.getOrDefault(path, 0);
    }

    public int attempts(Outcome outcome) {
        return attemptsByOutcome.getOrDefault(outcome, 0);
    }

    /** Neither registered nor explained. */
    public int open() {
        return households - registered - explainedTotal();
    }

    /** Registered, in whole percent rounded down. */
    public int percentRegistered() {
        return households == 0 ? 0 : (int) (registered * 100L / households);
    }

    /** Registered or explained ("done"), in whole percent rounded down. */
    public int percentDone() {
        return households == 0 ? 0 : (int) ((registered + (long) explainedTotal()) * 100L / households);
    }

    private static <K> Map<K, Integer> sum(Map<K, Integer> a, Map<K, Integer> b) {
        Map<K, Integer> sum = new java.util.HashMap<>(a);
        b.forEach((key, count) -> sum.merge(key, count, Integer::sum));
        return sum;
    }
}
