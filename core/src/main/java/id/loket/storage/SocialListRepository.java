package id.loket.storage;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desil and PKH flags of households (served first in the schedule), as a Dinas Sosial list sets them. Finding the
 * households is done in memory from {@link #forEachKnownNumber}: a city holds a quarter of a million
 * and a list may name tens of thousands, one query per row would be the slow part.
 */
public final class SocialListRepository {

    /** A number a household is known by: its KK number, its head's NIK, or a member's NIK met at the counter. */
    public enum NumberKind { KK, HEAD_NIK, MEMBER_NIK }

    @FunctionalInterface
    public interface NumberSink {
        void accept(NumberKind kind, String number, long householdId);
    }

    /** What to set on one household; an empty value leaves the stored one. */
    public record Flags(long householdId, Optional<Integer> desil, Optional<Boolean> pkh) {
    }

    private final Jdbc jdbc;

    public SocialListRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every KK number and NIK of the households that are not purged. */
    public void forEachKnownNumber(NumberSink sink) {
        jdbc.forEach("SELECT id, kk_number, head_nik FROM household WHERE purged_at IS NULL", row -> {
            long id = row.getLong(1);
            // A walk-in served without its family card has no KK number (yet).
            if (row.getString(2) != null) {
                sink.accept(NumberKind.KK, row.getString(2), id);
            }
            sink.accept(NumberKind.HEAD_NIK, row.getString(3), id);
        });
        jdbc.forEach("""
                SELECT p.nik, p.household_id FROM person p JOIN household h ON h.id = p.household_id
                WHERE h.purged_at IS NULL
                """, row -> sink.accept(NumberKind.MEMBER_NIK, row.getString(1), row.getLong(2)));
    }

    /** Sets the flags in batches; call inside the import's transaction. Returns the households changed. */
    public long setFlags(List<Flags> flags, LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>(flags.size());
        for (Flags f : flags) {
            rows.add(new Object[] {f.desil().isPresent(), f.desil().orElse(null), f.pkh().isPresent(),
                    f.pkh().orElse(false), now, f.householdId()});
        }
        return jdbc.batch("""
                UPDATE household
                SET desil = CASE WHEN ? THEN CAST(? AS TINYINT) ELSE desil END,
                    pkh = CASE WHEN ? THEN ? ELSE pkh END,
                    updated_at = ?
                WHERE id = ?
                """, rows);
    }
}
