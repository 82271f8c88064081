package id.loket.domain.skm;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Indeks Kepuasan Masyarakat of a group of responses (PermenPANRB 14/2017): per element the average
 * answer; IKM = Σ(average × 1/9) × 25. The weight is exactly 1/9 and nothing is rounded until the end,
 * where the IKM is rounded half up to two decimals and graded on that rounded value. The same
 * computation with the weight printed as 0.111 in the regulation's examples is kept beside it, so the
 * report can say what that would have given.
 *
 * @param averages per element the exact average rounded to three decimals, for showing; absent where no
 *                 one answered the element
 * @param weighted per element the exact average × 1/9, rounded to three decimals (the "nilai
 *                 tertimbang" column of the PermenPANRB table)
 * @param ikm      rounded to two decimals; absent when an element had no answer at all (no index can
 *                 be made then)
 * @param ikmWith0111 the same figure with the weight 0.111, rounded to two decimals
 */
public record Ikm(long respondents, Map<SkmElement, BigDecimal> averages, Map<SkmElement, BigDecimal> weighted,
                  Optional<BigDecimal> ikm,
                  Optional<Grade> grade, Optional<BigDecimal> ikmWith0111, Optional<Grade> gradeWith0111) {

    /** The weight as PermenPANRB's tables print it, for comparison only. */
    static final Ratio PRINTED_WEIGHT = Ratio.of(111, 1000);
    static final Ratio WEIGHT = Ratio.of(1, SkmElement.COUNT);
    static final Ratio SCALE_TO_100 = Ratio.of(25, 1);

    public Ikm {
        averages = Map.copyOf(averages);
        weighted = Map.copyOf(weighted);
    }

    public static Ikm of(ElementTally tally) {
        Map<SkmElement, BigDecimal> averages = new EnumMap<>(SkmElement.class);
        Map<SkmElement, BigDecimal> weighted = new EnumMap<>(SkmElement.class);
        Ratio sum = Ratio.ZERO;
        boolean complete = true;
        for (SkmElement element : SkmElement.values()) {
            long answers = tally.answers(element);
            if (answers == 0) {
                complete = false;
                continue;
            }
            Ratio average = Ratio.of(tally.sum(element), answers);
            averages.put(element, average.rounded(3));
            weighted.put(element, average.times(WEIGHT).rounded(3));
            sum = sum.plus(average);
        }
        if (!complete) {
            return new Ikm(tally.respondents(), averages, weighted, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        BigDecimal ikm = sum.times(WEIGHT).times(SCALE_TO_100).rounded(2);
        BigDecimal printed = sum.times(PRINTED_WEIGHT).times(SCALE_TO_100).rounded(2);
        return new Ikm(tally.respondents(), averages, weighted, Optional.of(ikm), Optional.of(Grade.of(ikm)),
                Optional.of(printed), Optional.of(Grade.of(printed)));
    }

    /**
     * The elements with the lowest average, worst first, as what to improve first: the lowest average
     * and any element tied with it, then the next, up to {@code most}.
     */
    public List<SkmElement> lowest(int most) {
        return averages.entrySet().stream()
                .sorted(Map.Entry.<SkmElement, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(most)
                .map(Map.Entry::getKey)
                .toList();
    }
}
