package id.loket.storage;

import id.loket.domain.household.RtRef;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What an RT list import reads and writes: every household's keys, the RTs, the households of the
 * list in batches, and the record of each import. Call the writing methods inside one
 * {@link Jdbc#inTransaction}, so that an import is stored whole or not at all.
 */
public final class RtListImportRepository {

    /** Receives each stored household's keys as plain values: a city has a quarter of a million. */
    @FunctionalInterface
    public interface KeySink {
        /** @param onList false for a walk-in added at the counter that no RT list has named yet */
        void accept(long id, String kkNumber, String headNik, long rtId, boolean onList);
    }

    public record RtRow(long id, String kelurahanCode, RtRef rt) {
    }

    /**
     * A household as a list gives it.
     *
     * @param id           the stored household to update; ignored when inserting
     * @param listPosition its place in its RT's list, from 1
     */
    public record HouseholdRow(long id, String kkNumber, String headNik, String headName, String address, long rtId,
                               Optional<String> phone, boolean asn, Optional<String> asnUnit, Optional<Integer> desil,
                               boolean pkh, int listPosition) {
    }

    /**
     * Which of the optional columns the list has. A column the list does not have leaves the stored
     * value alone; a column it has but left empty clears it.
     */
    public record ListedColumns(boolean address, boolean phone, boolean asn, boolean asnUnit, boolean desil,
                                boolean pkh) {
    }

    public record NewRun(LocalDateTime startedAt, String actor, String fileName, String fileFormat,
                         String kelurahanCode, int rowsRead, int imported, int updated, int rejected, int notInFile) {
    }

    public record RunRow(long id, LocalDateTime startedAt, Optional<LocalDateTime> finishedAt, String actor,
                         String fileName, String fileFormat, String kelurahanCode, int rowsRead, int imported,
                         int updated, int rejected, int notInFile) {
    }

    private static final String INSERT_HOUSEHOLD = """
            INSERT INTO household (kk_number, head_nik, head_name, address, rt_id, phone, is_asn, asn_unit, desil, pkh,
                                   on_rt_list, list_position, import_run_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?)
            """;

    private final Jdbc jdbc;

    public RtListImportRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void forEachHousehold(KeySink sink) {
        jdbc.forEach("SELECT id, kk_number, head_nik, rt_id, on_rt_list FROM household",
                row -> sink.accept(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getBoolean(5)));
    }

    public List<RtRow> rts() {
        return jdbc.list("SELECT id, kelurahan_code, rw, rt FROM rt",
                row -> new RtRow(row.getLong(1), row.getString(2), RtRef.of(row.getString(3), row.getString(4))));
    }

    /** Adds these RTs of the kelurahan, in one batch; read their ids back with {@link #rts()}. */
    public long insertRts(String kelurahanCode, Collection<RtRef> rts) {
        List<Object[]> rows = new ArrayList<>(rts.size());
        for (RtRef rt : rts) {
            rows.add(new Object[] {kelurahanCode, rt.rw(), rt.rt()});
        }
        return jdbc.batch("INSERT INTO rt (kelurahan_code, rw, rt) VALUES (?, ?, ?)", rows);
    }

    public long startRun(NewRun run) {
        return jdbc.insert("""
                INSERT INTO import_run (started_at, actor, file_name, file_format, kelurahan_code, rows_read, imported,
                                        updated, rejected, not_in_file)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, run.startedAt(), truncate(run.actor(), 60), truncate(run.fileName(), 260), run.fileFormat(),
                run.kelurahanCode(), run.rowsRead(), run.imported(), run.updated(), run.rejected(), run.notInFile());
    }

    public void finishRun(long runId, LocalDateTime finishedAt) {
        jdbc.update("UPDATE import_run SET finished_at = ? WHERE id = ?", finishedAt, runId);
    }

    /** The latest imports, newest first. */
    public List<RunRow> latestRuns(int limit) {
        return jdbc.list("""
                SELECT id, started_at, finished_at, actor, file_name, file_format, kelurahan_code, rows_read, imported,
                       updated, rejected, not_in_file
                FROM import_run ORDER BY id DESC LIMIT ?
                """, row -> new RunRow(row.getLong(1), row.getTimestamp(2).toLocalDateTime(),
                        Jdbc.time(row, "finished_at"), row.getString(4), row.getString(5), row.getString(6),
                        row.getString(7), row.getInt(8), row.getInt(9), row.getInt(10), row.getInt(11),
                        row.getInt(12)), limit);
    }

    /**
     * Gives these households a temporary head NIK that no real NIK can equal, so that heads can change
     * places between households in one import without two rows holding one NIK in between.
     */
    public long parkHeadNiks(List<Long> householdIds) {
        List<Object[]> rows = new ArrayList<>(householdIds.size());
        for (long id : householdIds) {
            rows.add(new Object[] {String.format("X%015d", id), id});
        }
        return jdbc.batch("UPDATE household SET head_nik = ? WHERE id = ?", rows);
    }

    /**
     * Updates stored households from the list; their registrations are untouched. The KK number is
     * written too: the same for a household found by it, the first one for a walk-in found by its head.
     */
    public long update(List<HouseholdRow> households, ListedColumns columns, long runId, LocalDateTime now) {
        StringBuilder sql = new StringBuilder("""
                UPDATE household SET kk_number = ?, head_nik = ?, head_name = ?, rt_id = ?, on_rt_list = TRUE,
                                     list_position = ?, import_run_id = ?, updated_at = ?""");
        if (columns.address()) {
            sql.append(", address = ?");
        }
        if (columns.phone()) {
            sql.append(", phone = ?");
        }
        if (columns.asn() || columns.asnUnit()) {
            sql.append(", is_asn = ?");
        }
        if (columns.asnUnit()) {
            sql.append(", asn_unit = ?");
        } else if (columns.asn()) {
            // A list that says "not ASN" without naming units ends the old unit; "ASN" keeps it.
            sql.append(", asn_unit = CASE WHEN ? THEN asn_unit ELSE NULL END");
        }
        if (columns.desil()) {
            sql.append(", desil = ?");
        }
        if (columns.pkh()) {
            sql.append(", pkh = ?");
        }
        sql.append(" WHERE id = ?");
        List<Object[]> rows = new ArrayList<>(households.size());
        for (HouseholdRow h : households) {
            List<Object> params = new ArrayList<>(16);
            params.add(h.kkNumber());
            params.add(h.headNik());
            params.add(h.headName());
            params.add(h.rtId());
            params.add(h.listPosition());
            params.add(runId);
            params.add(now);
            if (columns.address()) {
                params.add(h.address());
            }
            if (columns.phone()) {
                params.add(h.phone());
            }
            if (columns.asn() || columns.asnUnit()) {
                params.add(h.asn());
            }
            if (columns.asnUnit()) {
                params.add(h.asnUnit());
            } else if (columns.asn()) {
                params.add(h.asn());
            }
            if (columns.desil()) {
                params.add(h.desil());
            }
            if (columns.pkh()) {
                params.add(h.pkh());
            }
            params.add(h.id());
            rows.add(params.toArray());
        }
        return jdbc.batch(sql.toString(), rows);
    }

    public long insert(List<HouseholdRow> households, long runId, LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>(households.size());
        for (HouseholdRow h : households) {
            rows.add(new Object[] {h.kkNumber(), h.headNik(), h.headName(), h.address(), h.rtId(), h.phone(), h.asn(),
                    h.asnUnit(), h.desil(), h.pkh(), h.listPosition(), runId, now, now});
        }
        return jdbc.batch(INSERT_HOUSEHOLD, rows);
    }

    /**
     * Takes the place in the list away from households of these RTs that import {@code runId} did not
     * list. They stay, with their registrations; they are just no longer in the list's order. One RT
     * at a time, so each statement reads only that RT's households through its index.
     */
    public long unlistOthers(Collection<Long> rtIds, long runId) {
        List<Object[]> rows = new ArrayList<>(rtIds.size());
        for (long rtId : rtIds) {
            rows.add(new Object[] {rtId, runId});
        }
        return jdbc.batch("UPDATE household SET list_position = NULL WHERE rt_id = ?"
                + " AND (import_run_id IS NULL OR import_run_id <> ?)", rows);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
