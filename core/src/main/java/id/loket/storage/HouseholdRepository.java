package id.loket.storage;

import id.loket.domain.household.Household;
import id.loket.domain.household.HouseholdFlags;
import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.Nik;
import id.loket.domain.registration.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Households of the RT lists. */
public final class HouseholdRepository {

    private static final String SELECT = """
            SELECT h.id, h.kk_number, h.head_nik, h.head_name, h.address, h.phone, r.rw, r.rt
            FROM household h JOIN rt r ON r.id = h.rt_id
            """;
    /** Purged households keep their place in the counts but are never listed or looked up. */
    private static final String NOT_PURGED = " AND h.purged_at IS NULL";

    /** A walk-in met at the counter: the KK number only when the resident had the family card at hand. */
    public record NewWalkIn(Optional<KkNumber> kkNumber, Nik headNik, String headName, long rtId) {
    }

    public record NewHousehold(KkNumber kkNumber, Nik headNik, String headName, String address, long rtId,
                               Optional<String> phone) {
    }

    /** One row of the households export: the full record plus whether it is registered. */
    public record ExportRow(String kkNumber, String headNik, String headName, String rt, String rw, boolean registered) {
    }

    public interface ExportSink {
        void accept(ExportRow row) throws IOException;
    }

    private final Jdbc jdbc;

    public HouseholdRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewHousehold household) {
        return jdbc.insert("""
                INSERT INTO household (kk_number, head_nik, head_name, address, rt_id, phone)
                VALUES (?, ?, ?, ?, ?, ?)
                """, household.kkNumber().digits(), household.headNik().digits(), household.headName(),
                household.address(), household.rtId(), household.phone());
    }

    public Optional<Household> findByHeadNik(Nik nik) {
        return jdbc.one(SELECT + " WHERE h.head_nik = ?" + NOT_PURGED, HouseholdRepository::map, nik.digits());
    }

    /** A household by the NIK of its head or of any member already met at the counter. */
    public Optional<Household> findByAnyNik(Nik nik) {
        Optional<Household> byHead = findByHeadNik(nik);
        if (byHead.isPresent()) {
            return byHead;
        }
        return jdbc.one(SELECT + " JOIN person p ON p.household_id = h.id WHERE p.nik = ?" + NOT_PURGED,
                HouseholdRepository::map, nik.digits());
    }

    /** The household a NIK was recorded in as a member (someone met at the counter), if any. */
    public Optional<Household> findByMemberNik(Nik nik) {
        return jdbc.one(SELECT + " JOIN person p ON p.household_id = h.id WHERE p.nik = ?" + NOT_PURGED,
                HouseholdRepository::map, nik.digits());
    }

    /**
     * Adds a household met at the counter that is on no RT list (a walk-in): served all the same, and
     * marked {@code on_rt_list = FALSE} so the lurah can follow it up with the ketua RT.
     */
    public long insertWalkIn(NewWalkIn household, long agentId) {
        return jdbc.insert("""
                INSERT INTO household (kk_number, head_nik, head_name, address, rt_id, phone, on_rt_list,
                                       added_by_agent_id)
                VALUES (?, ?, ?, '', ?, NULL, FALSE, ?)
                """, household.kkNumber().map(KkNumber::digits).orElse(null), household.headNik().digits(),
                household.headName(), household.rtId(), agentId);
    }

    /**
     * Records a member of a household met at the counter (someone other than the head who brought their
     * KTP), so their NIK finds the household next time. A NIK already recorded keeps its household:
     * moving a person between households is a matter for Dukcapil, not the counter.
     */
    public void recordMember(long householdId, Nik nik, String name, Optional<java.time.LocalDate> birthDate,
                             Optional<String> sexCode) {
        jdbc.update("""
                MERGE INTO person p USING (VALUES (CAST(? AS CHAR(16)))) v(nik) ON p.nik = v.nik
                WHEN NOT MATCHED THEN INSERT (nik, name, birth_date, sex, household_id) VALUES (?, ?, ?, ?, ?)
                """, nik.digits(), nik.digits(), name, birthDate, sexCode, householdId);
    }

    /** Whether the household is on an RT list and whether its head is flagged ASN. */
    public Optional<HouseholdFlags> flags(long householdId) {
        return jdbc.one("SELECT on_rt_list, is_asn, asn_unit FROM household WHERE id = ?",
                row -> new HouseholdFlags(row.getBoolean(1), row.getBoolean(2), Jdbc.text(row, "asn_unit")),
                householdId);
    }

    public Optional<Household> findByKk(KkNumber kk) {
        return jdbc.one(SELECT + " WHERE h.kk_number = ?" + NOT_PURGED, HouseholdRepository::map, kk.digits());
    }

    public Optional<Household> findById(long id) {
        return jdbc.one(SELECT + " WHERE h.id = ?" + NOT_PURGED, HouseholdRepository::map, id);
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM household");
    }

    /** Streams every household in RW, RT and name order, without holding them all in memory. */
    public void exportAll(ExportSink sink) {
        jdbc.forEach("""
                SELECT h.kk_number, h.head_nik, h.head_name, r.rt, r.rw,
                       EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL')
                FROM household h JOIN rt r ON r.id = h.rt_id
                WHERE h.purged_at IS NULL
                ORDER BY r.rw, r.rt, h.head_name, h.kk_number
                """, row -> {
                    ExportRow exportRow = new ExportRow(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getBoolean(6));
                    try {
                        sink.accept(exportRow);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** A household of an RT list that has no successful registration yet, for the ketua RT's checklist. */
    public record Unregistered(String headName, String address, String maskedNik, Optional<Outcome> lastOutcome) {
    }

    /**
     * The households of one RT neither registered nor explained (an explained one is done: the ketua RT
     * need not look for it again), in list order (by when they were added).
     */
    public List<Unregistered> unregistered(RtRef rt) {
        return jdbc.list("""
                SELECT h.head_name, h.address, h.head_nik,
                       (SELECT g.outcome FROM registration g WHERE g.household_id = h.id
                        ORDER BY g.saved_at DESC, g.id DESC LIMIT 1)
                FROM household h JOIN rt r ON r.id = h.rt_id
                WHERE r.rw = ? AND r.rt = ? AND h.on_rt_list AND h.purged_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL')
                  AND NOT EXISTS (SELECT 1 FROM household_explanation e WHERE e.household_id = h.id
                                  AND e.undone_at IS NULL)
                ORDER BY h.id
                """, row -> new Unregistered(row.getString(1), row.getString(2),
                Nik.ofStored(row.getString(3)).masked(), Optional.ofNullable(row.getString(4)).map(Outcome::valueOf)),
                rt.rw(), rt.rt());
    }

    /**
     * ASN households per Perangkat Daerah: how many, how many registered (the city reports its civil
     * servants apart).
     */
    public record AsnUnit(String unit, int households, int registered) {
    }

    public List<AsnUnit> asnPerUnit() {
        return jdbc.list("""
                SELECT COALESCE(h.asn_unit, '-'), COUNT(*),
                       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM registration g
                                                      WHERE g.household_id = h.id AND g.outcome = 'BERHASIL'))
                FROM household h WHERE h.is_asn
                GROUP BY COALESCE(h.asn_unit, '-')
                ORDER BY 1
                """, row -> new AsnUnit(row.getString(1), row.getInt(2), row.getInt(3)));
    }

    public void markAsn(long householdId, String unit) {
        jdbc.update("UPDATE household SET is_asn = TRUE, asn_unit = ? WHERE id = ?", unit, householdId);
    }

    private static Household map(ResultSet row) throws SQLException {
        return new Household(
                row.getLong("id"),
                Optional.ofNullable(row.getString("kk_number")).map(KkNumber::ofStored),
                Nik.ofStored(row.getString("head_nik")),
                row.getString("head_name"),
                row.getString("address"),
                RtRef.of(row.getString("rw"), row.getString("rt")),
                Jdbc.text(row, "phone"));
    }
}
