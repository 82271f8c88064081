package id.loket.service.queue;

import id.loket.domain.household.RtRef;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day an RT is asked to come, as the ticket screen tells a resident. The schedule feature
 * ({@code service.schedule.ScheduleQuery}) answers it; the queue's use cases ask through this
 * interface, which lives with them, so that the queue never depends on the schedule feature.
 */
public interface RtDays {

    /**
     * The RT's next scheduled day from today on, or when all its days have passed, the last of them;
     * empty when the RT has no day in the schedule in force (or there is none).
     */
    Optional<LocalDate> scheduledDayOf(RtRef rt);
}
