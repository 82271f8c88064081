package id.loket.service.schedule;

import id.loket.domain.household.RtRef;
import id.loket.service.queue.RtDays;
import id.loket.storage.ScheduleRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Questions about the schedule in force, for the ticket screen, the office face and printouts. */
public final class ScheduleQuery implements RtDays {

    private final ScheduleRepository schedules;
    private final Clock clock;

    public ScheduleQuery(ScheduleRepository schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * The day to tell a resident of {@code rt} on the ticket (a resident whose RT is not scheduled
     * today is still served): the RT's next scheduled day from today on, or when all its days have
     * passed, the last of them; empty when the RT has no day in the schedule in force (or there is
     * none). One indexed read.
     */
    @Override
    public Optional<LocalDate> scheduledDayOf(RtRef rt) {
        List<LocalDate> days = schedules.daysOf(rt);
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return days.stream().filter(day -> !day.isBefore(today)).findFirst()
                .or(() -> Optional.of(days.get(days.size() - 1)));
    }

    /** True when {@code rt} is asked to come today. */
    public boolean isScheduledToday(RtRef rt) {
        return schedules.daysOf(rt).contains(LocalDate.now(clock));
    }

    /**
     * The day a new plan has to start from so that it leaves the days already past as they were:
     * today, once the schedule in force has begun (the ketua RT were told those days, and residents
     * came on them). Empty when there is no schedule yet or its first day is still ahead: a plan then
     * covers the whole window.
     */
    public Optional<LocalDate> replanFrom() {
        LocalDate today = LocalDate.now(clock);
        return schedules.latest().map(stored -> stored.plan().inputs().from())
                .filter(firstDay -> firstDay.isBefore(today))
                .map(firstDay -> today);
    }

    /** The schedule in force with its explanation, if one was saved. */
    public Optional<PlanOutcome> current() {
        return schedules.latest().map(stored -> PlanOutcome.of(stored.id(), stored.createdAt(), stored.createdBy(),
                stored.plan()));
    }
}
