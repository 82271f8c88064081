package id.loket.service.rtlist;

import id.loket.domain.rtlist.RowRules;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.RtListImportRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Imports an RT list of heads of household from CSV or XLSX, with a report of every row refused and why.
 *
 * <p>All or nothing: the file is read and checked first, then every change is written in one
 * transaction, so a crash, a kill or {@link Cancellation#cancel()} leaves the database as it was.
 * A household already stored is recognised by its KK number and updated in place, so its
 * registrations stay with it. Every data row ends either stored or in {@link RtListImportResult#problems()}.
 *
 * <p>An updated list may move a household between the RTs it lists. A KK number or head NIK that the
 * database holds for an RT the file does not list is a clash between two RTs' lists and is reported,
 * naming the other RT: which list is right is for the RTs to settle, not for the import to guess.
 *
 * <p>Meant to run on a background thread; {@link ProgressListener} is called on that thread.
 */
public final class RtListImportService {

    public enum Phase {
        /** Reading and checking the rows of the file. */
        READING,
        /** Comparing the rows with the households already stored. */
        CHECKING,
        /** Writing the households. */
        WRITING,
        /** Committing: one step that makes the whole import permanent, with no progress of its own. */
        COMMITTING
    }

    /**
     * Where an import is.
     *
     * @param rowsRead data rows read so far
     * @param done     of {@code total}: bytes of a CSV file while reading, households while writing
     * @param total    negative when unknown (a workbook while reading; while checking and committing)
     */
    public record Progress(Phase phase, long rowsRead, long done, long total) {

        /** Between 0 and 1 within the phase, when the total is known. */
        public OptionalDouble fraction() {
            return total > 0 ? OptionalDouble.of(Math.min(1.0, (double) done / total)) : OptionalDouble.empty();
        }
    }

    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = progress -> { };

        void progress(Progress progress);
    }

    /**
     * Lets another thread stop an import; asked between rows and between batches of writes. Once
     * {@link Phase#COMMITTING} has been reported a cancel comes too late: the import completes. An
     * interrupted import thread counts as cancelled too, but prefer {@link #cancel()}: an interrupt that
     * lands inside the database's file I/O can close the database file.
     */
    public static final class Cancellation {
        private volatile boolean cancelled;

        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }
    }

    /** An import stored earlier, for the office's history list. */
    public record PastImport(long id, LocalDateTime startedAt, String actor, String fileName, String format,
                             String kelurahanCode, int rowsRead, int imported, int updated, int rejected,
                             int notListed) {
    }

    private static final Pattern KELURAHAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final Jdbc jdbc;
    private final RtListImportRepository store;
    private final RowRules rules;
    private final RtListImportReport reports;
    private final AuditLog audit;
    private final Clock clock;

    public RtListImportService(Jdbc jdbc, RtListImportRepository store, RowRules rules, RtListImportReport reports,
            AuditLog audit, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Words for an import's outcome: summary lines, problem lines, the CSV and PDF reports. */
    public RtListImportReport reports() {
        return reports;
    }

    /** As {@link #importFile(Path, String, String, ProgressListener, Cancellation)}, without progress or cancel. */
    public RtListImportResult importFile(Path file, String kelurahanCode, String actor) {
        return importFile(file, kelurahanCode, actor, ProgressListener.NONE, new Cancellation());
    }

    /**
     * Imports {@code file} into the RTs of {@code kelurahanCode}.
     *
     * @param kelurahanCode dotted Kemendagri code, e.g. {@code 64.71.05.1006}
     * @param actor         who imports, as recorded with the import
     * @return the outcome; a file that cannot be read or mapped is a {@link RtListImportResult.Status#FAILED}
     *         result, not an exception
     * @throws id.loket.storage.StorageException when the database fails; nothing was stored then either
     */
    public RtListImportResult importFile(Path file, String kelurahanCode, String actor, ProgressListener progress,
            Cancellation cancellation) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        if (kelurahanCode == null || !KELURAHAN_CODE.matcher(kelurahanCode).matches()) {
            throw new IllegalArgumentException("not a dotted kelurahan code: " + kelurahanCode);
        }
        long start = System.nanoTime();
        LocalDateTime startedAt = LocalDateTime.now(clock);
        String fileName = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
        Runnable checkCancelled = () -> {
            if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw new CancelledException();
            }
        };
        ImportAttempt attempt = new ImportAttempt(fileName, kelurahanCode, startedAt, start);
        RtListReading reading = new RtListReading(rules, checkCancelled, progress);
        RtListFormat format;
        try {
            format = RtListReader.read(file, reading);
        } catch (UnreadableFileException e) {
            return attempt.failed(Optional.empty(), List.of(e.problem()), reading.tables);
        } catch (CancelledException e) {
            return attempt.cancelled(Optional.empty(), reading.tables);
        }
        reading.finish();
        if (!reading.anyTableRead()) {
            return attempt.failed(Optional.of(format), unmapped(fileName, reading), reading.tables);
        }
        try {
            return jdbc.inBulkTransaction(() -> new RtListWriting(store, audit, clock, reading, format, attempt, actor,
                    progress, checkCancelled).run());
        } catch (CancelledException e) {
            return attempt.cancelled(Optional.of(format), reading.tables);
        }
    }

    /** The latest stored imports, newest first. */
    public List<PastImport> history(int limit) {
        return store.latestRuns(limit).stream()
                .map(r -> new PastImport(r.id(), r.startedAt(), r.actor(), r.fileName(), r.fileFormat(),
                        r.kelurahanCode(), r.rowsRead(), r.imported(), r.updated(), r.rejected(), r.notInFile()))
                .toList();
    }

    private static List<Message> unmapped(String fileName, RtListReading reading) {
        List<Message> why = new ArrayList<>();
        if (reading.tables.stream().allMatch(RtListImportResult.Table::hidden)) {
            why.add(Message.of("import.file.empty", fileName));
            return why;
        }
        why.add(Message.of("import.layout.unmapped", fileName));
        for (RtListImportResult.Table table : reading.tables) {
            if (table.hidden()) {
                continue;
            }
            table.sheet().ifPresent(sheet -> why.add(Message.of("import.layout.sheet", sheet)));
            why.addAll(table.problems());
            why.add(Message.of("import.layout.headersFound", String.join(" | ", table.headersFound())));
        }
        why.add(Message.of("import.layout.hint"));
        return why;
    }

    /** Thrown inside the import when it is cancelled, so the transaction rolls back. */
    private static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("import cancelled", null, false, false);
        }
    }
}
