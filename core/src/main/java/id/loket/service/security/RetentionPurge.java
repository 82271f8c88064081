package id.loket.service.security;

import id.loket.domain.audit.AuditAction;
import id.loket.storage.AuditLog;
import id.loket.storage.DocumentFolder;
import id.loket.storage.RetentionRepository;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The purge a supervisor runs when personal data has been kept as long as the programme needs it
 * ({@code security.retention-days}): the anonymous counts stay for the reports; names, NIKs, phone
 * numbers, notes and the names of those who reported why a household is not registering go, and so do the
 * kept tickets, receipts and printed PDFs of those days, which
 * name residents too. Audited with what it removed.
 */
public final class RetentionPurge {

    /** What a purge removes (or would remove). */
    public record Counts(int registrations, int households, int documents) {
    }

    private final RetentionRepository retention;
    private final DocumentFolder documents;
    private final AuditLog audit;
    private final int retentionDays;
    private final Clock clock;

    public RetentionPurge(RetentionRepository retention, DocumentFolder documents, AuditLog audit, int retentionDays,
                          Clock clock) {
        this.retention = retention;
        this.documents = documents;
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
    public Counts due() {
        RetentionRepository.Counts records = retention.due(cutoff());
        return new Counts(records.registrations(), records.households(),
                documents.countOlderThan(firstKeptDay()));
    }

    public Counts purge(String supervisor) {
        RetentionRepository.Counts records = retention.purge(cutoff(), LocalDateTime.now(clock));
        String removed = records.registrations() + " registrations, " + records.households() + " households, "
                + records.explanationReporters() + " explanation reporters";
        int files;
        try {
            files = documents.purgeOlderThan(firstKeptDay());
        } catch (UncheckedIOException e) {
            // The records are gone already; the trail must say so even when a file stayed behind.
            audit.record(supervisor, AuditAction.PURGE, "retention", firstKeptDay().toString(),
                    removed + ", kept documents NOT all removed: " + e.getMessage());
            throw e;
        }
        audit.record(supervisor, AuditAction.PURGE, "retention", firstKeptDay().toString(),
                removed + ", " + files + " kept documents");
        return new Counts(records.registrations(), records.households(), files);
    }

    /** Documents are kept by day: a day is removed when all of it is past the cutoff. */
    private LocalDate firstKeptDay() {
        return cutoff().toLocalDate();
    }
}
