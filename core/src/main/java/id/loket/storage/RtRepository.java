package id.loket.storage;

import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The RTs of the kelurahan and their progress. */
public final class RtRepository {

    private final Jdbc jdbc;

    public RtRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the RT, creating it when it is new. */
    public long idOf(String kelurahanCode, RtRef rt) {
        Optional<Long> existing = jdbc.one("SELECT id FROM rt WHERE kelurahan_code = ? AND rw = ? AND rt = ?",
                row -> row.getLong(1), kelurahanCode, rt.rw(), rt.rt());
        return existing.orElseGet(() -> jdbc.insert(
                "INSERT INTO rt (kelurahan_code, rw, rt) VALUES (?, ?, ?)", kelurahanCode, rt.rw(), rt.rt()));
    }

    /** Every RT of the kelurahan, in RW and RT order: the choices for a walk-in's RT. */
    public List<RtRef> all(String kelurahanCode) {
        return jdbc.list("SELECT rw, rt FROM rt WHERE kelurahan_code = ? ORDER BY rw, rt",
                row -> RtRef.of(row.getString(1), row.getString(2)), kelurahanCode);
    }

    /**
     * Per RT: households on the list, registered ones by path, and those whose latest attempt failed
     * or needs a follow-up, and those explained (an explanation in force and no success). A household's
     * "latest" is its successful registration if it has one, otherwise its most recent attempt; an
     * explained household counts as explained, not as failed or follow-up. In RW and RT order.
     */
    public List<RtProgress> progress() {
        return jdbc.list("""
                WITH latest AS (
                    SELECT household_id, path, outcome FROM (
                        SELECT g.household_id, g.path, g.outcome,
                               ROW_NUMBER() OVER (PARTITION BY g.household_id
                                   ORDER BY CASE g.outcome WHEN 'BERHASIL' THEN 0 ELSE 1 END, g.saved_at DESC, g.id DESC) AS n
                        FROM registration g)
                    WHERE n = 1),
                explained AS (SELECT household_id FROM household_explanation WHERE undone_at IS NULL)
                SELECT r.rw, r.rt, COUNT(h.id),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL'),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL' AND l.path = 'MANDIRI_IKD'),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL' AND l.path = 'DIBANTU_PONSEL_WARGA'),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL' AND l.path = 'OLEH_AGEN'),
                       COUNT(*) FILTER (WHERE l.outcome = 'GAGAL' AND e.household_id IS NULL),
                       COUNT(*) FILTER (WHERE l.outcome = 'PERLU_TINDAK_LANJUT' AND e.household_id IS NULL),
                       COUNT(*) FILTER (WHERE e.household_id IS NOT NULL AND l.outcome IS DISTINCT FROM 'BERHASIL')
                FROM rt r
                LEFT JOIN household h ON h.rt_id = r.id AND h.on_rt_list
                LEFT JOIN latest l ON l.household_id = h.id
                LEFT JOIN explained e ON e.household_id = h.id
                GROUP BY r.rw, r.rt
                ORDER BY r.rw, r.rt
                """,
                row -> new RtProgress(RtRef.of(row.getString(1), row.getString(2)), row.getInt(3), row.getInt(4),
                        row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10)));
    }

    /** Households registered (first BERHASIL) on each day from {@code from} to {@code to}, inclusive. */
    public Map<LocalDate, Integer> registeredPerDay(LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        jdbc.forEach("""
                SELECT CAST(first_success AS DATE) AS reg_day, COUNT(*) FROM (
                    SELECT household_id, MIN(saved_at) AS first_success FROM registration
                    WHERE outcome = 'BERHASIL' GROUP BY household_id)
                WHERE CAST(first_success AS DATE) BETWEEN ? AND ?
                GROUP BY reg_day ORDER BY reg_day
                """, row -> perDay.put(row.getDate(1).toLocalDate(), row.getInt(2)), from, to);
        return perDay;
    }
}
