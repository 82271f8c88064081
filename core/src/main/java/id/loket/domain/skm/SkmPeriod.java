package id.loket.domain.skm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a survey result covers, both included: a month, a quarter, a year (PermenPANRB 14/2017 asks
 * for at least one survey a year), or any from–to.
 */
public record SkmPeriod(LocalDate from, LocalDate to) {

    public SkmPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
    }

    public static SkmPeriod between(LocalDate from, LocalDate to) {
        return new SkmPeriod(from, to);
    }

    public static SkmPeriod month(YearMonth month) {
        return new SkmPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** @param quarter 1 to 4 */
    public static SkmPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new SkmPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static SkmPeriod year(int year) {
        return new SkmPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The months the period touches, first to last, for the trend by month. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The part of {@code month} inside this period. */
    public SkmPeriod within(YearMonth month) {
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return new SkmPeriod(start, end);
    }
}
