package id.loket.domain.skm;

import java.util.Arrays;

/**
 * The answers of a group of responses (one service, or all), added up per element: what the IKM is made
 * from. A skipped question adds nothing to its element, so each element has its own count.
 */
public final class ElementTally {

    private final long[] sums = new long[SkmElement.COUNT];
    private final long[] counts = new long[SkmElement.COUNT];
    private long respondents;

    public static ElementTally of(SkmResponse... responses) {
        ElementTally tally = new ElementTally();
        for (SkmResponse response : responses) {
            tally.add(response);
        }
        return tally;
    }

    public void add(SkmResponse response) {
        respondents++;
        for (SkmElement element : SkmElement.values()) {
            response.answer(element).ifPresent(answer -> {
                sums[element.ordinal()] += answer.value();
                counts[element.ordinal()]++;
            });
        }
    }

    /**
     * Adds figures already summed elsewhere (by the database).
     *
     * @param sums   per element, in element order
     * @param counts answers per element, in element order
     */
    public void add(long respondents, long[] sums, long[] counts) {
        if (sums.length != SkmElement.COUNT || counts.length != SkmElement.COUNT || respondents < 0) {
            throw new IllegalArgumentException("nine sums and nine counts expected");
        }
        for (int i = 0; i < SkmElement.COUNT; i++) {
            if (counts[i] < 0 || counts[i] > respondents || sums[i] < counts[i] * SkmScale.LOWEST
                    || sums[i] > counts[i] * SkmScale.HIGHEST) {
                throw new IllegalArgumentException("impossible sum or count for " + SkmElement.values()[i]);
            }
            this.sums[i] += sums[i];
            this.counts[i] += counts[i];
        }
        this.respondents += respondents;
    }

    public void add(ElementTally other) {
        add(other.respondents, other.sums.clone(), other.counts.clone());
    }

    public long respondents() {
        return respondents;
    }

    public long sum(SkmElement element) {
        return sums[element.ordinal()];
    }

    public long answers(SkmElement element) {
        return counts[element.ordinal()];
    }

    @Override
    public String toString() {
        return "ElementTally[" + respondents + " respondents, sums " + Arrays.toString(sums) + ", counts "
                + Arrays.toString(counts) + "]";
    }
}
