package id.loket.domain.queue;

/**
 * The numbers the queue policy works with (from the settings {@code queue.*}).
 *
 * @param noShowCalls      calls without answer before a ticket may go to the postponed pool
 * @param returnAfterCalls further tickets called before a postponed ticket may be called again
 * @param priorityMaxInRow priority tickets called in a row while a regular ticket waits
 */
public record QueueRules(int noShowCalls, int returnAfterCalls, int priorityMaxInRow) {

    public QueueRules {
        if (noShowCalls < 1 || returnAfterCalls < 1 || priorityMaxInRow < 1) {
            throw new IllegalArgumentException("queue rules must be at least 1: " + noShowCalls + ", "
                    + returnAfterCalls + ", " + priorityMaxInRow);
        }
    }
}
