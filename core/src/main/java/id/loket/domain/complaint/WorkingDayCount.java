package id.loket.domain.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The office's promise counted in working days: Monday to Friday, without the holidays the office
 * listed. The day a complaint came in does not count; every working day after it up to today does.
 */
public final class WorkingDayCount {

    private final Set<LocalDate> holidays;

    public WorkingDayCount(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** Working days after {@code received} up to and including {@code today}; 0 when today is not after it. */
    public int elapsed(LocalDate received, LocalDate today) {
        int days = 0;
        for (LocalDate day = received.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** The last day the promise still holds: {@code promise} working days after {@code received}. */
    public LocalDate dueBy(LocalDate received, int promise) {
        LocalDate day = received;
        int counted = 0;
        while (counted < promise) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Late: still unanswered after more working days than promised. */
    public boolean isLate(ComplaintStatus status, LocalDate received, LocalDate today, int promise) {
        return status == ComplaintStatus.OPEN && elapsed(received, today) > promise;
    }
}
