package id.loket.storage;

import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import java.util.List;
import java.util.Optional;

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

    public void setKetua(long rtId, String name, Optional<String> phone) {
        jdbc.update("UPDATE rt SET ketua_name = ?, ketua_phone = ? WHERE id = ?", name, phone, rtId);
    }

    /**
     * Households and successful registrations per RT, furthest behind first (lowest share done),
     * the order a lurah wants to read it in.
     */
    public List<RtProgress> progress() {
        return jdbc.list("""
                SELECT rw, rt, households, registered FROM (
                    SELECT r.rw, r.rt, COUNT(h.id) AS households,
                           COUNT(h.id) FILTER (WHERE EXISTS (
                               SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL'))
                               AS registered
                    FROM rt r LEFT JOIN household h ON h.rt_id = r.id AND h.on_rt_list
                    GROUP BY r.rw, r.rt)
                ORDER BY CASE WHEN households = 0 THEN 1 ELSE 0 END,
                         CAST(registered AS DOUBLE) / NULLIF(households, 0), rw, rt
                """,
                row -> new RtProgress(RtRef.of(row.getString(1), row.getString(2)), row.getInt(3), row.getInt(4)));
    }
}
