package id.loket.config;

/**
 * Complaints (pengaduan).
 *
 * @param promiseWorkingDays the office's promise: a complaint still unanswered after this many working
 *                           days (Monday to Friday, holidays of the schedule skipped) stands out as late
 */
public record ComplaintSettings(int promiseWorkingDays) {

    public static final int MAX_PROMISE = 60;

    public ComplaintSettings {
        if (promiseWorkingDays < 1 || promiseWorkingDays > MAX_PROMISE) {
            throw new IllegalArgumentException("promiseWorkingDays must be 1-" + MAX_PROMISE + ": " + promiseWorkingDays);
        }
    }
}
