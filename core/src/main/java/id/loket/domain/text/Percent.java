package id.loket.domain.text;

/**
 * A share as a whole percent, the one way Loket states it on screens, printouts and the command line.
 * Rounded to the nearest (287 of 1,543 is 18.6 %, said "19 %"; cutting it to 18 understates every
 * report), except at the ends: 100 % only when all are done and 0 % only when none is, so a lurah
 * never reads "100 %" while a household is still missing, nor "0 %" when the first has come.
 */
public final class Percent {

    private Percent() {
    }

    /** {@code part} of {@code whole} as a whole percent; 0 when {@code whole} is 0. */
    public static int of(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("a share of counts: " + part + " of " + whole);
        }
        if (whole == 0 || part == 0) {
            return 0;
        }
        long rounded = (part * 200 + whole) / (whole * 2);
        if (part < whole) {
            return (int) Math.max(1, Math.min(99, rounded));
        }
        return (int) rounded;
    }
}
