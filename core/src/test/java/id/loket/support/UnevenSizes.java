package id.loket.support;

import java.util.Random;

/** Group sizes like real RT lists: uneven, now and then two or three times the average. */
public final class UnevenSizes {

    private UnevenSizes() {
    }

    /** {@code count} sizes of at least 1 that add up to exactly {@code total} (which must be at least {@code count}). */
    public static int[] of(Random random, int count, int total) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = random.nextInt(10) == 0 ? 2 + random.nextDouble() : 0.5 + random.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[count];
        int given = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = Math.max(1, (int) (weights[i] / sum * total));
            given += sizes[i];
        }
        for (int i = 0; given < total; i = (i + 1) % count) {
            sizes[i]++;
            given++;
        }
        for (int i = 0; given > total; i = (i + 1) % count) {
            if (sizes[i] > 1) {
                sizes[i]--;
                given--;
            }
        }
        return sizes;
    }
}
