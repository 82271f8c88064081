package id.loket.config;

/**
 * Which counter this PC is, out of how many.
 *
 * @param number         this PC's counter number, 1 to {@code officeCounters}
 * @param officeCounters how many counters the office has, 1 to {@link #MAX_COUNTERS}
 */
public record CounterSettings(int number, int officeCounters) {

    /** Most counters an office can have; two digits fit the display board. */
    public static final int MAX_COUNTERS = 99;

    public CounterSettings {
        if (officeCounters < 1 || officeCounters > MAX_COUNTERS) {
            throw new IllegalArgumentException("officeCounters must be 1-" + MAX_COUNTERS + ": " + officeCounters);
        }
        if (number < 1 || number > officeCounters) {
            throw new IllegalArgumentException("number must be 1-" + officeCounters + ": " + number);
        }
    }
}
