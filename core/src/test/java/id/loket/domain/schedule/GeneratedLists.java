package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;
import id.loket.support.UnevenSizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, made-up RT lists at the scale of a kelurahan or a whole city: RWs of 3 to 9 RTs, RTs of
 * uneven size (now and then two or three times the average), a share of desil 1–2 / PKH households
 * that differs from RW to RW, and some households already registered. The same seed gives the same
 * lists.
 */
final class GeneratedLists {

    private GeneratedLists() {
    }

    /** About a large kelurahan: 60 RTs, 12,000 households. */
    static List<RtList> kelurahan(long seed, int registeredPercent) {
        return generate(seed, 60, 12_000, registeredPercent);
    }

    /** A whole city: 2,000 RTs, 250,000 households. */
    static List<RtList> city(long seed, int registeredPercent) {
        return generate(seed, 2_000, 250_000, registeredPercent);
    }

    static List<RtList> generate(long seed, int rtCount, int householdCount, int registeredPercent) {
        Random random = new Random(seed);
        int[] sizes = UnevenSizes.of(random, rtCount, householdCount);
        List<RtList> lists = new ArrayList<>(rtCount);
        long nextId = 1_000 + random.nextInt(1_000);
        int rw = 1;
        int rt = 1;
        int rtsInRw = 3 + random.nextInt(7);
        int priorityPercent = 5 + random.nextInt(26);
        for (int size : sizes) {
            List<ListedHousehold> households = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                // Ids rise along a list, as they do in the database, but with gaps.
                nextId += 1 + random.nextInt(3);
                households.add(new ListedHousehold(nextId, random.nextInt(100) < priorityPercent,
                        random.nextInt(100) < registeredPercent));
            }
            lists.add(new RtList(RtRef.of(String.valueOf(rw), String.valueOf(rt)), households));
            rt++;
            if (rt > rtsInRw) {
                rw++;
                rt = 1;
                rtsInRw = 3 + random.nextInt(7);
                priorityPercent = 5 + random.nextInt(26);
            }
        }
        return lists;
    }

    static int households(List<RtList> lists) {
        return lists.stream().mapToInt(list -> list.households().size()).sum();
    }
}
