package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which days the office's per-day chart draws, with and without a plan. */
class PerDayChartDaysTest {

    private static final LocalDate JUNE_3 = LocalDate.of(2026, 6, 3);
    private static final LocalDate JUNE_4 = LocalDate.of(2026, 6, 4);
    private static final LocalDate JUNE_5 = LocalDate.of(2026, 6, 5);
    private static final LocalDate JUNE_6 = LocalDate.of(2026, 6, 6);

    @Test
    void aDayWithRegistrationsOffThePlanIsKept() {
        var bars = OfficeViewModel.dayBars(Map.of(JUNE_4, 40, JUNE_5, 40),
                new TreeMap<>(Map.of(JUNE_3, 12, JUNE_4, 30, JUNE_5, 0, JUNE_6, 3)));
        assertThat(bars).containsExactly(
                new OfficeViewModel.DayBar(JUNE_3, 0, 12),
                new OfficeViewModel.DayBar(JUNE_4, 40, 30),
                new OfficeViewModel.DayBar(JUNE_5, 40, 0),
                new OfficeViewModel.DayBar(JUNE_6, 0, 3));
    }

    @Test
    void aDayOffThePlanWithoutRegistrationsIsLeftOut() {
        var bars = OfficeViewModel.dayBars(Map.of(JUNE_4, 40), Map.of(JUNE_3, 0, JUNE_4, 5));
        assertThat(bars).extracting(OfficeViewModel.DayBar::day).containsExactly(JUNE_4);
    }

    @Test
    void withoutAPlanEveryCountedDayIsDrawnEvenAnEmptyOne() {
        var bars = OfficeViewModel.dayBars(Map.of(), Map.of(JUNE_4, 0, JUNE_3, 7));
        assertThat(bars).containsExactly(new OfficeViewModel.DayBar(JUNE_3, 0, 7),
                new OfficeViewModel.DayBar(JUNE_4, 0, 0));
    }
}
