package id.loket.domain.dailyfile;

/** The one rule every count of a daily file keeps: a count is never negative. */
final class Counts {

    private Counts() {
    }

    static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " is negative: " + value);
        }
    }
}
