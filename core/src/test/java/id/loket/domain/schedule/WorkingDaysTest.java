package id.loket.domain.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

    @Test
    void rangesListsAndIndonesianNamesAreRead() {
        assertThat(WorkingDays.parse("MON-FRI")).contains(WorkingDays.MONDAY_TO_FRIDAY);
        assertThat(WorkingDays.parse("mon-thu, sat")).contains(Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, SATURDAY));
        assertThat(WorkingDays.parse("Senin-Jumat")).contains(WorkingDays.MONDAY_TO_FRIDAY);
        assertThat(WorkingDays.parse("SAB-SEN")).contains(Set.of(SATURDAY, SUNDAY, MONDAY));
        assertThat(WorkingDays.parse("friday")).contains(Set.of(FRIDAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "MON-", "MO", "MON-FRI-SAT", "MONDAYS", "HARI", "MON,,FRI"})
    void anythingElseIsNotWorkingDays(String text) {
        assertThat(WorkingDays.parse(text)).isEmpty();
    }

    @Test
    void formatReadsBackAsTheSameDays() {
        assertThat(WorkingDays.format(WorkingDays.MONDAY_TO_FRIDAY)).isEqualTo("MON-FRI");
        assertThat(WorkingDays.format(Set.of(MONDAY, WEDNESDAY, FRIDAY, SATURDAY))).isEqualTo("MON,WED,FRI,SAT");
        for (String text : new String[] {"MON-SUN", "TUE,THU", "MON-WED,FRI-SUN", "SUN"}) {
            assertThat(WorkingDays.format(WorkingDays.parse(text).orElseThrow())).isEqualTo(text);
        }
    }

    @Test
    void sessionsAreLabelledAsOfficesWriteThem() {
        SessionTemplate morning = SessionTemplate.DEFAULTS.get(0);
        assertThat(morning.label()).isEqualTo("08.00\u201312.00");
        assertThat(morning.code()).isEqualTo("08:00-12:00");
        assertThat(morning.share()).isEqualTo(240);
        assertThat(SessionTemplate.ofTimes(LocalTime.of(13, 0), LocalTime.of(15, 0)).share()).isEqualTo(120);
    }
}
