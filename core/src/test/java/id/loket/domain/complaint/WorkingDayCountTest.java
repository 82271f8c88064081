package id.loket.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The office's promise in working days: Monday to Friday, the schedule's holidays skipped. */
class WorkingDayCountTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 3);
    private final WorkingDayCount plain = new WorkingDayCount(Set.of());

    @Test
    void theDayItCameInDoesNotCountAndAWeekendIsSkipped() {
        assertThat(plain.elapsed(WEDNESDAY, WEDNESDAY)).isZero();
        assertThat(plain.elapsed(WEDNESDAY, LocalDate.of(2026, 6, 5))).isEqualTo(2);
        assertThat(plain.elapsed(WEDNESDAY, LocalDate.of(2026, 6, 7))).as("Friday, then Saturday and Sunday").isEqualTo(2);
        assertThat(plain.elapsed(WEDNESDAY, LocalDate.of(2026, 6, 10))).isEqualTo(5);
    }

    @Test
    void aHolidayOfTheScheduleIsNotAWorkingDay() {
        WorkingDayCount withHoliday = new WorkingDayCount(Set.of(LocalDate.of(2026, 6, 5)));

        assertThat(withHoliday.elapsed(WEDNESDAY, LocalDate.of(2026, 6, 10))).isEqualTo(4);
        assertThat(withHoliday.dueBy(WEDNESDAY, 5)).isEqualTo(LocalDate.of(2026, 6, 11));
    }

    @Test
    void aComplaintIsLateOnlyTheWorkingDayAfterThePromiseRunsOut() {
        LocalDate due = plain.dueBy(WEDNESDAY, 5);
        assertThat(due).isEqualTo(LocalDate.of(2026, 6, 10));

        assertThat(plain.isLate(ComplaintStatus.OPEN, WEDNESDAY, due, 5)).isFalse();
        assertThat(plain.isLate(ComplaintStatus.OPEN, WEDNESDAY, due.plusDays(1), 5)).isTrue();
    }

    @Test
    void anAnsweredComplaintIsNeverLate() {
        assertThat(plain.isLate(ComplaintStatus.ANSWERED, WEDNESDAY, WEDNESDAY.plusMonths(2), 5)).isFalse();
        assertThat(plain.isLate(ComplaintStatus.CLOSED, WEDNESDAY, WEDNESDAY.plusMonths(2), 5)).isFalse();
    }

    @Test
    void aComplaintReceivedOnSaturdayStartsCountingOnMonday() {
        LocalDate saturday = LocalDate.of(2026, 6, 6);
        assertThat(plain.dueBy(saturday, 1)).isEqualTo(LocalDate.of(2026, 6, 8));
    }
}
