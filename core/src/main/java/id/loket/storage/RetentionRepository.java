package id.loket.storage;

import java.time.LocalDateTime;

/**
 * Removes personal data past its retention, in one transaction, leaving what the anonymous counts
 * need: the household row in its RT, and each registration's path, outcome and dates.
 */
public final class RetentionRepository {

    /**
     * What a purge touched (or would touch).
     *
     * @param explanationReporters explanations of why a household is not registering whose reporter's name went
     */
    public record Counts(int registrations, int households, int explanationReporters) {
    }

    /** What an explanation's reporter (usually the ketua RT's name) becomes past its retention, as a head's name does. */
    static final String REMOVED_NAME = "-";

    /** Registered households whose every registration is older than the cutoff. */
    private static final String EXPIRED_HOUSEHOLDS = """
            SELECT h.id FROM household h
            WHERE h.purged_at IS NULL
              AND EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL')
              AND NOT EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.saved_at >= ?)
            """;

    private final Jdbc jdbc;

    public RetentionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Counts due(LocalDateTime cutoff) {
        int registrations = (int) jdbc.count(
                "SELECT COUNT(*) FROM registration WHERE purged_at IS NULL AND saved_at < ?", cutoff);
        int households = (int) jdbc.count("SELECT COUNT(*) FROM (" + EXPIRED_HOUSEHOLDS + ")", cutoff);
        int reporters = (int) jdbc.count("SELECT COUNT(*) FROM household_explanation WHERE reported_by <> ? "
                + "AND recorded_at < ?", REMOVED_NAME, cutoff);
        return new Counts(registrations, households, reporters);
    }

    public Counts purge(LocalDateTime cutoff, LocalDateTime now) {
        return jdbc.inTransaction(() -> {
            int households = jdbc.update("""
                    UPDATE household SET
                        head_nik = 'X' || LPAD(CAST(id AS VARCHAR), 15, '0'),
                        kk_number = 'Y' || LPAD(CAST(id AS VARCHAR), 15, '0'),
                        head_name = '-', address = '', phone = NULL, asn_unit = NULL, purged_at = ?
                    WHERE id IN (""" + EXPIRED_HOUSEHOLDS + ")", now, cutoff);
            jdbc.update("DELETE FROM person WHERE household_id IN (SELECT id FROM household WHERE purged_at = ?)", now);
            int registrations = jdbc.update("""
                    UPDATE registration SET phone = NULL, outcome_note = NULL, portal_reference = NULL, purged_at = ?
                    WHERE purged_at IS NULL AND saved_at < ?
                    """, now, cutoff);
            // A correction kept the phone, note and reference it replaced: they go with the registration's.
            jdbc.update("""
                    UPDATE registration_correction_field SET before_value = NULL, after_value = NULL
                    WHERE field IN ('PHONE', 'OUTCOME_NOTE', 'PORTAL_REFERENCE')
                      AND correction_id IN (SELECT c.id FROM registration_correction c
                                            JOIN registration g ON g.id = c.registration_id WHERE g.purged_at = ?)
                    """, now);
            // A service record's note is the agent's free text and may name someone; the rest is counts.
            jdbc.update("UPDATE service_record SET note = NULL WHERE note IS NOT NULL AND saved_at < ?", cutoff);
            // Who reported why a household is not registering is a person's name; the reason, the day and
            // the supervisor who recorded it stay, so the household still counts as explained.
            int reporters = jdbc.update("UPDATE household_explanation SET reported_by = ? WHERE reported_by <> ? "
                    + "AND recorded_at < ?", REMOVED_NAME, REMOVED_NAME, cutoff);
            // An SSN card request is personal data through and through (NIK, name, phone, card number), long
            // since passed on to Diskominfo by then: it goes whole. Nothing counts them afterwards.
            jdbc.update("DELETE FROM ssn_card_request WHERE saved_at < ?", cutoff);
            // A complaint's text, contact and answer name the resident; its kind, service and dates stay
            // for the counts of SKM element 8.
            jdbc.update("""
                    UPDATE complaint SET body = NULL, contact = NULL, answer = NULL, purged_at = ?
                    WHERE purged_at IS NULL AND received_at < ?
                    """, now, cutoff);
            return new Counts(registrations, households, reporters);
        });
    }
}
