package id.loket.domain.dailyfile;

import id.loket.domain.household.ExplanationReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one kelurahan office reports for one day: counts only, no personal data. The per-RT figures and
 * the ones marked "as of" describe the state at the end of the day; the others count that day's work.
 *
 * @param kelurahanCode       Kemendagri code with dots, e.g. 64.71.05.1006
 * @param madeAt              when the file was made; of two files for one office and day the later one counts
 * @param registeredByPath    households registered by the end of the day, per path (as of)
 * @param attemptsByOutcome   registrations saved that day, per outcome
 * @param consentRefusals     residents who did not consent that day
 * @param walkIns             households served that are on no RT list (as of)
 * @param asnHouseholds       ASN households on the lists (as of)
 * @param asnRegistered       of those, registered (as of)
 */
public record DailyFigures(String kelurahanCode, LocalDate day, String softwareVersion, Instant madeAt,
                           List<RtFigures> rts, Map<RegistrationPath, Integer> registeredByPath,
                           Map<Outcome, Integer> attemptsByOutcome, int consentRefusals, int walkIns,
                           int asnHouseholds, int asnRegistered, QueueFigures queue) {

    private static final Pattern KELURAHAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    public DailyFigures {
        if (kelurahanCode == null || !KELURAHAN_CODE.matcher(kelurahanCode).matches()) {
            throw new IllegalArgumentException("kelurahan code is not of the form 64.71.05.1006: " + kelurahanCode);
        }
        rts = List.copyOf(rts);
        registeredByPath = complete(RegistrationPath.class, registeredByPath, "registeredByPath");
        attemptsByOutcome = complete(Outcome.class, attemptsByOutcome, "attemptsByOutcome");
        Counts.requireNotNegative("consentRefusals", consentRefusals);
        Counts.requireNotNegative("walkIns", walkIns);
        Counts.requireNotNegative("asnHouseholds", asnHouseholds);
        Counts.requireNotNegative("asnRegistered", asnRegistered);
    }

    public int households() {
        return rts.stream().mapToInt(RtFigures::households).sum();
    }

    public int registered() {
        return rts.stream().mapToInt(RtFigures::registered).sum();
    }

    public int failed() {
        return rts.stream().mapToInt(RtFigures::failed).sum();
    }

    public int followUp() {
        return rts.stream().mapToInt(RtFigures::followUp).sum();
    }

    public int explained(ExplanationReason reason) {
        return rts.stream().mapToInt(rt -> rt.explained(reason)).sum();
    }

    public int explained() {
        return rts.stream().mapToInt(RtFigures::explainedTotal).sum();
    }

    /** The kecamatan's code (first three parts), e.g. 64.71.05. */
    public String kecamatanCode() {
        return kelurahanCode.substring(0, 8);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> given, String name) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            int count = given.getOrDefault(key, 0);
            Counts.requireNotNegative(name + "." + key, count);
            all.put(key, count);
        }
        return Map.copyOf(all);
    }
}
