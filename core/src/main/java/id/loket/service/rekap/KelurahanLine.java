package id.loket.service.rekap;

import java.time.LocalDate;
import java.util.Comparator;

/** One kelurahan in the roll-up: its code and names, the day of its latest file, and its tally. */
public record KelurahanLine(String code, String name, String kecamatanCode, String kecamatanName, String cityCode,
                            String cityName, LocalDate latestDay, Tally tally) {

    /** Least done first; among equals, least registered first, then by code so the order is stable. */
    public static final Comparator<KelurahanLine> FURTHEST_BEHIND_FIRST =
            Comparator.comparingInt((KelurahanLine line) -> line.tally().percentDone())
                    .thenComparingInt(line -> line.tally().percentRegistered())
                    .thenComparing(KelurahanLine::code);
}
