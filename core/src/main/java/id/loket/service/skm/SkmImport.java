package id.loket.service.skm;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.skm.SkmSheetRules;
import id.loket.domain.text.Message;
import id.loket.service.rtlist.RtListReader;
import id.loket.service.rtlist.UnreadableFileException;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.SkmRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports paper questionnaires typed into a sheet ({@code tanggal,layanan,u1..u9}, CSV or XLSX). Unlike
 * the RT list, good rows are kept even when others are rejected: each row is one resident's
 * questionnaire and stands alone, and the rejected ones are listed by line to be typed again. The good
 * rows and the audit event are written in one transaction.
 */
public final class SkmImport {

    private final Jdbc jdbc;
    private final SkmRepository store;
    private final Map<String, String> services;
    private final AuditLog audit;
    private final Clock clock;

    /** @param services the office's service codes by every name a sheet may use (see {@link SkmServiceNames}) */
    public SkmImport(Jdbc jdbc, SkmRepository store, Map<String, String> services, AuditLog audit, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.store = Objects.requireNonNull(store, "store");
        this.services = Map.copyOf(services);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports {@code file}. A file that cannot be read or has no recognisable header is a failed result,
     * not an exception; nothing is kept then.
     *
     * @throws id.loket.storage.StorageException when the database fails; nothing was kept then either
     */
    public SkmImportResult importFile(Path file, String actor) {
        Objects.requireNonNull(actor, "actor");
        String fileName = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
        SkmSheetReading reading = new SkmSheetReading(new SkmSheetRules(services, LocalDate.now(clock)));
        try {
            RtListReader.read(file, reading);
        } catch (UnreadableFileException e) {
            return new SkmImportResult(false, fileName, List.of(e.problem()), 0, 0, 0, List.of());
        }
        if (reading.tablesRead == 0) {
            return new SkmImportResult(false, fileName, List.of(Message.of("skm.file.unmapped", fileName),
                    Message.of("skm.file.hint")), 0, 0, 0, List.of());
        }
        jdbc.inTransaction(() -> {
            store.insertAll(reading.kept);
            audit.record(actor, AuditAction.SKM_IMPORTED, "skm_response", null, fileName + ": " + reading.read
                    + " read, " + reading.kept.size() + " kept, " + reading.rejected + " rejected");
            return null;
        });
        return new SkmImportResult(true, fileName, List.of(), reading.read, reading.kept.size(), reading.rejected,
                reading.problems.inOrder());
    }
}
