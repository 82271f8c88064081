package id.loket.domain.queue;

/**
 * What the policy remembers across calls, for one day of the whole office: how many tickets were
 * called (the clock of the postponed pool) and how many priority tickets in a row were called last.
 * Kept in the database, so a restart or a power cut does not reset fairness.
 */
public record QueueState(long callsToday, int priorityStreak) {

    public static final QueueState START_OF_DAY = new QueueState(0, 0);

    public QueueState {
        if (callsToday < 0 || priorityStreak < 0) {
            throw new IllegalArgumentException("negative queue state: " + callsToday + ", " + priorityStreak);
        }
    }
}
