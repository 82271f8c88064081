package id.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayMonthYearTest {

    private final DayMonthYear dates = new DayMonthYear();

    @Test
    void readsADayMonthYearDate() {
        assertThat(dates.fromString("07-03-1950")).isEqualTo(LocalDate.of(1950, 3, 7));
        assertThat(dates.fromString("29-02-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aDayTheCalendarDoesNotHaveIsNoDateRatherThanTheMonthsLastDay() {
        assertThat(dates.fromString("31-02-1980")).isNull();
        assertThat(dates.fromString("29-02-2023")).isNull();
        assertThat(dates.fromString("31-04-1975")).isNull();
    }

    @Test
    void showsADateTheWayItIsTyped() {
        assertThat(dates.toString(LocalDate.of(2026, 6, 4))).isEqualTo("04-06-2026");
        assertThat(dates.fromString(dates.toString(LocalDate.of(1, 1, 1)))).isEqualTo(LocalDate.of(1, 1, 1));
    }
}
