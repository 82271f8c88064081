package id.loket.domain.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * One session of a service day, such as the morning 08.00–12.00, with its share of the day's
 * capacity. Shares are relative weights: 240 and 120 give the morning two thirds of the day.
 */
public record SessionTemplate(LocalTime start, LocalTime end, int share) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter ISO_CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** Morning 08.00–12.00 and afternoon 13.00–15.00, each weighted by its length. */
    public static final List<SessionTemplate> DEFAULTS = List.of(
            ofTimes(LocalTime.of(8, 0), LocalTime.of(12, 0)),
            ofTimes(LocalTime.of(13, 0), LocalTime.of(15, 0)));

    public SessionTemplate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a session must end after it starts: " + start + "-" + end);
        }
        if (share < 1) {
            throw new IllegalArgumentException("a session's share must be at least 1, was " + share);
        }
    }

    /** A session whose share of the day is its length in minutes. */
    public static SessionTemplate ofTimes(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        long minutes = Duration.between(start, end).toMinutes();
        return new SessionTemplate(start, end, (int) Math.max(1, minutes));
    }

    /** "08.00–12.00", as Indonesian offices write times. */
    public String label() {
        return CLOCK.format(start) + "\u2013" + CLOCK.format(end);
    }

    /** "08:00-12:00", plain ASCII for files. */
    public String code() {
        return ISO_CLOCK.format(start) + "-" + ISO_CLOCK.format(end);
    }
}
