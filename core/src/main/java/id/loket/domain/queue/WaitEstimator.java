package id.loket.domain.queue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Estimates the wait of a ticket, per service and lane, from today's measured service times: for each person
 * ahead, the median service time of their service (robust: one resident who needed 40 minutes does not
 * move it), summed and shared among the open counters. The window runs from 80 % to 120 % of that,
 * at least ten minutes wide, rounded outwards to five minutes.
 */
public final class WaitEstimator {

    /** Fewer measurements than this and the median is noise: the configured default is used instead. */
    public static final int MIN_MEASUREMENTS = 3;
    /** Only the latest services count: the morning's pace says little about the afternoon's. */
    public static final int RECENT_SERVICES = 20;

    private static final long MIN_WINDOW_SECONDS = 10 * 60;

    private final Duration defaultServiceTime;

    public WaitEstimator(Duration defaultServiceTime) {
        this.defaultServiceTime = Objects.requireNonNull(defaultServiceTime, "defaultServiceTime");
    }

    /**
     * @param servicesAhead  the service code of each ticket ahead, in the order they will be called
     * @param measured       per service, seconds of its latest finished services today
     * @param openCounters   counters serving now (at least one is assumed)
     * @param now            the moment of the estimate
     */
    public WaitEstimate estimate(List<String> servicesAhead, Map<String, List<Integer>> measured, int openCounters,
                                 LocalDateTime now) {
        double seconds = 0;
        boolean usedMeasurements = false;
        for (String service : servicesAhead) {
            List<Integer> times = measured.getOrDefault(service, List.of());
            if (times.size() >= MIN_MEASUREMENTS) {
                seconds += median(times);
                usedMeasurements = true;
            } else {
                seconds += defaultServiceTime.toSeconds();
            }
        }
        double perCounter = seconds / Math.max(1, openCounters);
        long low = (long) (perCounter * 0.8);
        long high = Math.max((long) Math.ceil(perCounter * 1.2), low + MIN_WINDOW_SECONDS);
        LocalTime from = roundDown(now.plusSeconds(low).toLocalTime());
        LocalTime to = roundUp(now.plusSeconds(high).toLocalTime());
        return new WaitEstimate(servicesAhead.size(), from, to, usedMeasurements);
    }

    /** The median of the latest {@link #RECENT_SERVICES} values (the list is newest first). */
    static double median(List<Integer> newestFirst) {
        List<Integer> sorted = new ArrayList<>(newestFirst.subList(0, Math.min(RECENT_SERVICES, newestFirst.size())));
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static LocalTime roundDown(LocalTime time) {
        return time.withSecond(0).withNano(0).withMinute(time.getMinute() / 5 * 5);
    }

    private static LocalTime roundUp(LocalTime time) {
        LocalTime down = roundDown(time);
        return down.equals(time) ? time : down.plusMinutes(5);
    }
}
