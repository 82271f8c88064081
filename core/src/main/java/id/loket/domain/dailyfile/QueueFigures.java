package id.loket.domain.dailyfile;

/** The queue of one day: tickets issued, tickets served, and the longest wait from issue to first call. */
public record QueueFigures(int issued, int served, int longestWaitMinutes) {

    public QueueFigures {
        Counts.requireNotNegative("issued", issued);
        Counts.requireNotNegative("served", served);
        Counts.requireNotNegative("longestWaitMinutes", longestWaitMinutes);
    }
}
