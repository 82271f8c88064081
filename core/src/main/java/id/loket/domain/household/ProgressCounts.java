package id.loket.domain.household;

import id.loket.domain.text.Percent;

import java.util.Collection;

/** Registration counts of a group of households: an RW, or the whole kelurahan. */
public record ProgressCounts(int households, int registered, int selfService, int helpedOnOwnPhone, int byAgent,
                             int failed, int followUp, int explained) {

    public static ProgressCounts sum(Collection<RtProgress> rts) {
        int[] t = new int[8];
        for (RtProgress rt : rts) {
            t[0] += rt.households();
            t[1] += rt.registered();
            t[2] += rt.selfService();
            t[3] += rt.helpedOnOwnPhone();
            t[4] += rt.byAgent();
            t[5] += rt.failed();
            t[6] += rt.followUp();
            t[7] += rt.explained();
        }
        return new ProgressCounts(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    }

    /** Whole percent as {@link Percent} says it. */
    public int percent() {
        return Percent.of(registered, households);
    }

    /** Neither registered nor explained. */
    public int remaining() {
        return households - registered - explained;
    }

    /** Done: registered or explained, in whole percent rounded down. */
    public int percentDone() {
        return households == 0 ? 0 : (int) ((registered + (long) explained) * 100L / households);
    }
}
