package id.loket.domain.household;

import id.loket.domain.text.Percent;

/**
 * Where one RT stands: households on its list, how many are registered and by which path, how many
 * have only a failed attempt or one that needs a follow-up, and how many are explained (not registered
 * for a reason the ketua RT gave: moved out, died, ...). The list is done when every household is
 * registered or explained.
 */
public record RtProgress(RtRef rt, int households, int registered, int selfService, int helpedOnOwnPhone,
                         int byAgent, int failed, int followUp, int explained) {

    public RtProgress {
        if (households < 0 || registered < 0 || explained < 0 || registered + explained > households) {
            throw new IllegalArgumentException("registered " + registered + " and explained " + explained
                    + " of " + households);
        }
        if (selfService + helpedOnOwnPhone + byAgent != registered) {
            throw new IllegalArgumentException("paths do not add up to the registered households");
        }
    }

    public ProgressCounts counts() {
        return new ProgressCounts(households, registered, selfService, helpedOnOwnPhone, byAgent, failed, followUp,
                explained);
    }

    /** Whole percent as {@link Percent} says it (never 100 % before the RT's last household). */
    public int percent() {
        return Percent.of(registered, households);
    }

    /** Neither registered nor explained: the households the ketua RT still has to bring. */
    public int remaining() {
        return households - registered - explained;
    }

    /** Registered or explained, in whole percent rounded down. */
    public int percentDone() {
        return households == 0 ? 0 : (int) ((registered + (long) explained) * 100L / households);
    }

    /** Furthest behind first: lowest share done, then most households left, then by RW and RT. */
    public static int furthestBehindFirst(RtProgress a, RtProgress b) {
        int byShare = Double.compare(share(a), share(b));
        if (byShare != 0) {
            return byShare;
        }
        int byLeft = Integer.compare(b.remaining(), a.remaining());
        return byLeft != 0 ? byLeft : a.rt().compareTo(b.rt());
    }

    private static double share(RtProgress p) {
        // An RT with nobody on its list has nothing left to do: it sorts last.
        return p.households == 0 ? 2.0 : (double) (p.registered + p.explained) / p.households;
    }
}
