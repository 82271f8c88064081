package id.loket.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LansiaAgeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 4);

    @Test
    void sixtiethBirthdayTodayCounts() {
        assertThat(LansiaAge.reached(LocalDate.of(1966, 6, 4), TODAY)).isTrue();
    }

    @Test
    void oneDayShortOfSixtyDoesNot() {
        assertThat(LansiaAge.reached(LocalDate.of(1966, 6, 5), TODAY)).isFalse();
    }

    @Test
    void bornOnALeapDayIsSixtyOnThatDaySixtyYearsOn() {
        assertThat(LansiaAge.reached(LocalDate.of(1968, 2, 29), LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(LansiaAge.reached(LocalDate.of(1968, 2, 29), LocalDate.of(2028, 2, 29))).isTrue();
    }
}
