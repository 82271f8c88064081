package id.loket.service.rekap;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * A kecamatan's or a city's sheet: its totals, its kelurahan furthest behind first, and the trend: the
 * households registered by the end of each day, summed over the files of that day.
 */
public record AreaRollup(String code, String name, Tally total, List<KelurahanLine> furthestBehindFirst,
                         SortedMap<LocalDate, Integer> registeredByDay) {

    public AreaRollup {
        furthestBehindFirst = List.copyOf(furthestBehindFirst);
        registeredByDay = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(registeredByDay));
    }
}
