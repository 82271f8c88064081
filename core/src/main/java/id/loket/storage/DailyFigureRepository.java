package id.loket.storage;

import id.loket.domain.dailyfile.QueueFigures;
import id.loket.domain.dailyfile.RtFigures;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of the daily file, as they stood at the end of a day: registrations and explanations saved
 * later are left out and explanations undone later still count, so the file of a past day made again
 * says the same about the work. The households are those on the lists now (a list imported later
 * changes a past day's households; the merge uses each office's latest day). Counts only; no query here
 * returns a person.
 */
public final class DailyFigureRepository {

    /** One RT's state at the end of the day, with its registered households per path. */
    public record RtState(RtFigures figures, Map<RegistrationPath, Integer> registeredByPath) {
    }

    private final Jdbc jdbc;

    public DailyFigureRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per RT, in RW and RT order. A household's latest attempt is its success if it has one, else its most
     * recent attempt (as in the progress screen); a household registered counts as registered even when
     * an explanation was recorded before, and failed or follow-up only when it is not explained.
     */
    public List<RtState> rts(LocalDate day) {
        LocalDateTime end = day.plusDays(1).atStartOfDay();
        return jdbc.list("""
                WITH latest AS (
                    SELECT household_id, path, outcome FROM (
                        SELECT g.household_id, g.path, g.outcome,
                               ROW_NUMBER() OVER (PARTITION BY g.household_id
                                   ORDER BY CASE g.outcome WHEN 'BERHASIL' THEN 0 ELSE 1 END, g.saved_at DESC, g.id DESC) AS n
                        FROM registration g WHERE g.saved_at < ?)
                    WHERE n = 1),
                explained AS (
                    SELECT household_id, reason FROM household_explanation
                    WHERE recorded_at < ? AND (undone_at IS NULL OR undone_at >= ?))
                SELECT r.rw, r.rt, COUNT(h.id),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL'),
                       COUNT(*) FILTER (WHERE l.outcome = 'GAGAL' AND e.reason IS NULL),
                       COUNT(*) FILTER (WHERE l.outcome = 'PERLU_TINDAK_LANJUT' AND e.reason IS NULL),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL' AND l.path = 'MANDIRI_IKD'),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL' AND l.path = 'DIBANTU_PONSEL_WARGA'),
                       COUNT(*) FILTER (WHERE l.outcome = 'BERHASIL' AND l.path = 'OLEH_AGEN'),
                       COUNT(*) FILTER (WHERE e.reason = 'MOVED_OUT' AND l.outcome IS DISTINCT FROM 'BERHASIL'),
                       COUNT(*) FILTER (WHERE e.reason = 'DIED' AND l.outcome IS DISTINCT FROM 'BERHASIL'),
                       COUNT(*) FILTER (WHERE e.reason = 'DUPLICATE_KK' AND l.outcome IS DISTINCT FROM 'BERHASIL'),
                       COUNT(*) FILTER (WHERE e.reason = 'REFUSED' AND l.outcome IS DISTINCT FROM 'BERHASIL'),
                       COUNT(*) FILTER (WHERE e.reason = 'NOT_FOUND' AND l.outcome IS DISTINCT FROM 'BERHASIL'),
                       COUNT(*) FILTER (WHERE e.reason = 'REGISTERED_ELSEWHERE' AND l.outcome IS DISTINCT FROM 'BERHASIL')
                FROM rt r
                LEFT JOIN household h ON h.rt_id = r.id AND h.on_rt_list
                LEFT JOIN latest l ON l.household_id = h.id
                LEFT JOIN explained e ON e.household_id = h.id
                GROUP BY r.rw, r.rt
                ORDER BY r.rw, r.rt
                """, row -> {
                    Map<ExplanationReason, Integer> explained = new EnumMap<>(ExplanationReason.class);
                    ExplanationReason[] reasons = ExplanationReason.values();
                    for (int i = 0; i < reasons.length; i++) {
                        explained.put(reasons[i], row.getInt(10 + i));
                    }
                    Map<RegistrationPath, Integer> byPath = new EnumMap<>(RegistrationPath.class);
                    byPath.put(RegistrationPath.MANDIRI_IKD, row.getInt(7));
                    byPath.put(RegistrationPath.DIBANTU_PONSEL_WARGA, row.getInt(8));
                    byPath.put(RegistrationPath.OLEH_AGEN, row.getInt(9));
                    return new RtState(new RtFigures(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4),
                            row.getInt(5), row.getInt(6), explained), byPath);
                }, end, end, end);
    }

    /** Registrations saved on the day, per outcome (every attempt, not per household). */
    public Map<Outcome, Integer> attemptsByOutcome(LocalDate day) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        jdbc.forEach("SELECT outcome, COUNT(*) FROM registration WHERE saved_at >= ? AND saved_at < ? GROUP BY outcome",
                row -> counts.put(Outcome.valueOf(row.getString(1)), row.getInt(2)),
                day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        return counts;
    }

    public int consentRefusals(LocalDate day) {
        return (int) jdbc.count("SELECT COUNT(*) FROM consent_refusal WHERE refused_at >= ? AND refused_at < ?",
                day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    /** Households served that are on no RT list. */
    public int walkIns() {
        return (int) jdbc.count("SELECT COUNT(*) FROM household WHERE NOT on_rt_list");
    }

    /** ASN households on the lists, and of those the registered by the end of the day. */
    public int[] asn(LocalDate day) {
        LocalDateTime end = day.plusDays(1).atStartOfDay();
        return jdbc.one("""
                SELECT COUNT(*), COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM registration g
                        WHERE g.household_id = h.id AND g.outcome = 'BERHASIL' AND g.saved_at < ?))
                FROM household h WHERE h.is_asn AND h.on_rt_list
                """, row -> new int[] {row.getInt(1), row.getInt(2)}, end).orElse(new int[] {0, 0});
    }

    /** The day's queue: tickets issued (printed), served, and the longest wait from issue to first call. */
    public QueueFigures queue(LocalDate day) {
        return jdbc.one("""
                SELECT COUNT(*) FILTER (WHERE issued),
                       COUNT(*) FILTER (WHERE status = 'DONE'),
                       COALESCE(MAX(DATEDIFF('SECOND', issued_at, first_called_at)), 0)
                FROM ticket WHERE service_day = ?
                """, row -> new QueueFigures(row.getInt(1), row.getInt(2), (int) (Math.max(0, row.getLong(3)) / 60)),
                day).orElse(new QueueFigures(0, 0, 0));
    }
}
