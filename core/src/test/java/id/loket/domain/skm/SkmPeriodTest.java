package id.loket.domain.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkmPeriodTest {

    @Test
    void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastOfItsThird() {
        assertEquals(SkmPeriod.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                SkmPeriod.quarter(2026, 2));
    }

    @Test
    void aMonthAndAYearCoverAllTheirDays() {
        assertEquals(LocalDate.of(2028, 2, 29), SkmPeriod.month(YearMonth.of(2028, 2)).to());
        assertEquals(LocalDate.of(2026, 12, 31), SkmPeriod.year(2026).to());
    }

    @Test
    void aPeriodTheWrongWayRoundIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SkmPeriod.between(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1)));
        assertThrows(IllegalArgumentException.class, () -> SkmPeriod.quarter(2026, 5));
    }

    @Test
    void theMonthsOfAPeriodAreListedForTheTrendAndCutToIt() {
        SkmPeriod period = SkmPeriod.between(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 7, 3));

        assertEquals(List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7)), period.months());
        assertEquals(SkmPeriod.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 3)),
                period.within(YearMonth.of(2026, 7)));
    }
}
