package id.loket.service;

import id.loket.domain.audit.AuditAction;
import id.loket.storage.AuditLog;
import id.loket.storage.RetentionRepository;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The purge a supervisor runs when personal data has been kept as long as the programme needs it
 * ({@code security.retention-days}): the anonymous counts stay for the reports; names, NIKs, phone
 * numbers and notes go. Audited with what it removed.
 */
public final class RetentionPurge {

    private final RetentionRepository retention;
    private final AuditLog audit;
    private final int retentionDays;
    private final Clock clock;

    public RetentionPurge(RetentionRepository retention, AuditLog audit, int retentionDays, Clock clock) {
        this.retention = retention;
        this.audit = audit;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** Registrations saved before this moment are past their retention. */
    public LocalDateTime cutoff() {
        return LocalDateTime.now(clock).minusDays(retentionDays);
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** What a purge now would remove, for the confirmation question. */
    public RetentionRepository.Counts due() {
        return retention.due(cutoff());
    }

    public RetentionRepository.Counts purge(String supervisor) {
        RetentionRepository.Counts done = retention.purge(cutoff(), LocalDateTime.now(clock));
        audit.record(supervisor, AuditAction.PURGE, "retention", cutoff().toLocalDate().toString(),
                done.registrations() + " registrations, " + done.households() + " households");
        return done;
    }
}
