package id.loket.storage;

import id.loket.domain.skm.ElementTally;
import id.loket.domain.skm.RespondentProfile;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.skm.SkmPeriod;
import id.loket.domain.skm.SkmResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The survey's responses (table {@code skm_response}, V22): written one at a time from the touch
 * screen or in a batch from paper, read back only as sums and counts, never row by row, since the
 * reports need nothing finer.
 */
public final class SkmRepository {

    private static final String INSERT = """
            INSERT INTO skm_response (service_day, service_code, u1, u2, u3, u4, u5, u6, u7, u8, u9,
                                      sex, age_band, education, occupation, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** SUM(u1), COUNT(u1), ... SUM(u9), COUNT(u9): COUNT of a column skips the questions left out. */
    private static final String SUMS;

    static {
        StringBuilder columns = new StringBuilder("COUNT(*)");
        for (SkmElement element : SkmElement.values()) {
            columns.append(", SUM(").append(element.column()).append("), COUNT(").append(element.column()).append(')');
        }
        SUMS = columns.toString();
    }

    /** The profile columns the report counts, by the name of the part of the profile. */
    public enum ProfileColumn {
        SEX("sex"), AGE_BAND("age_band"), EDUCATION("education"), OCCUPATION("occupation");

        private final String column;

        ProfileColumn(String column) {
            this.column = column;
        }
    }

    private final Jdbc jdbc;

    public SkmRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SkmResponse response) {
        jdbc.update(INSERT, values(response));
    }

    /** Writes many responses; call inside the transaction that also writes the import's audit event. */
    public void insertAll(List<SkmResponse> responses) {
        List<Object[]> rows = new ArrayList<>(responses.size());
        responses.forEach(r -> rows.add(values(r)));
        if (!rows.isEmpty()) {
            jdbc.batch(INSERT, rows);
        }
    }

    private static Object[] values(SkmResponse response) {
        Object[] values = new Object[16];
        values[0] = response.day();
        values[1] = response.serviceCode();
        int[] answers = response.answers();
        for (int i = 0; i < SkmElement.COUNT; i++) {
            values[2 + i] = answers[i] == 0 ? null : answers[i];
        }
        RespondentProfile profile = response.profile();
        values[11] = profile.sex();
        values[12] = profile.age();
        values[13] = profile.education();
        values[14] = profile.occupation();
        values[15] = response.source();
        return values;
    }

    /** The period's answers summed per service code, codes in alphabetical order. */
    public Map<String, ElementTally> tallies(SkmPeriod period) {
        Map<String, ElementTally> tallies = new TreeMap<>();
        jdbc.forEach("SELECT service_code, " + SUMS + " FROM skm_response WHERE service_day BETWEEN ? AND ? "
                + "GROUP BY service_code", row -> tallies.put(row.getString(1), tally(row, 2)),
                period.from(), period.to());
        return tallies;
    }

    /** The period's answers of all services summed per month, months in order, only months with answers. */
    public Map<YearMonth, ElementTally> monthly(SkmPeriod period, java.util.Optional<String> serviceCode) {
        Map<YearMonth, ElementTally> months = new LinkedHashMap<>();
        jdbc.forEach("SELECT YEAR(service_day), MONTH(service_day), " + SUMS + " FROM skm_response "
                        + "WHERE service_day BETWEEN ? AND ? AND (? IS NULL OR service_code = ?) "
                        + "GROUP BY YEAR(service_day), MONTH(service_day) "
                        + "ORDER BY YEAR(service_day), MONTH(service_day)",
                row -> months.put(YearMonth.of(row.getInt(1), row.getInt(2)), tally(row, 3)),
                period.from(), period.to(), serviceCode.orElse(null), serviceCode.orElse(null));
        return months;
    }

    /** How many respondents of the period gave each value of one part of the profile; "" counts those who gave none. */
    public Map<String, Long> profileCounts(SkmPeriod period, ProfileColumn part) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.forEach("SELECT COALESCE(" + part.column + ", ''), COUNT(*) FROM skm_response "
                        + "WHERE service_day BETWEEN ? AND ? GROUP BY COALESCE(" + part.column + ", '')",
                row -> counts.put(row.getString(1), row.getLong(2)), period.from(), period.to());
        return counts;
    }

    /** The tickets served (finished, not a no-show) in the period: the survey's population. */
    public long served(SkmPeriod period) {
        return jdbc.count("SELECT COUNT(*) FROM ticket WHERE service_day BETWEEN ? AND ? AND status = 'DONE'",
                period.from(), period.to());
    }

    private static ElementTally tally(java.sql.ResultSet row, int first) throws java.sql.SQLException {
        long respondents = row.getLong(first);
        long[] sums = new long[SkmElement.COUNT];
        long[] counts = new long[SkmElement.COUNT];
        for (int i = 0; i < SkmElement.COUNT; i++) {
            sums[i] = row.getLong(first + 1 + 2 * i);
            counts[i] = row.getLong(first + 2 + 2 * i);
        }
        ElementTally tally = new ElementTally();
        tally.add(respondents, sums, counts);
        return tally;
    }
}
