package id.loket.service.rtlist;

import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.rtlist.HeaderMapping;
import id.loket.domain.rtlist.LongIntMap;
import id.loket.domain.rtlist.RowRules;
import id.loket.domain.rtlist.RtListField;
import id.loket.domain.text.Message;
import id.loket.domain.audit.AuditAction;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.RtListImportRepository;
import id.loket.storage.RtListImportRepository.HouseholdRow;
import id.loket.storage.RtListImportRepository.ListedColumns;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
    private static final int BATCH = 2_000;

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
        Attempt attempt = new Attempt(fileName, kelurahanCode, startedAt, start);
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
            return jdbc.inBulkTransaction(() -> new Writing(reading, format, attempt, actor, progress, checkCancelled).run());
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

    /** The parts of a result every outcome shares. */
    private record Attempt(String fileName, String kelurahanCode, LocalDateTime startedAt, long startNanos) {

        RtListImportResult failed(Optional<RtListFormat> format, List<Message> why,
                List<RtListImportResult.Table> tables) {
            return new RtListImportResult(RtListImportResult.Status.FAILED, fileName, format, kelurahanCode, why,
                    tables, RtListImportResult.Counts.NONE, List.of(), OptionalLong.empty(), startedAt, took());
        }

        RtListImportResult cancelled(Optional<RtListFormat> format, List<RtListImportResult.Table> tables) {
            return new RtListImportResult(RtListImportResult.Status.CANCELLED, fileName, format, kelurahanCode,
                    List.of(), tables, RtListImportResult.Counts.NONE, List.of(), OptionalLong.empty(), startedAt,
                    took());
        }

        Duration took() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }
    }

    /** Thrown inside the import when it is cancelled, so the transaction rolls back. */
    private static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("import cancelled", null, false, false);
        }
    }

    /** The second half of an import, inside its transaction: compare with the database, then write. */
    private final class Writing {
        private final RtListReading reading;
        private final RtListFormat format;
        private final Attempt attempt;
        private final String actor;
        private final ProgressListener progress;
        private final Runnable checkCancelled;

        /** The stored households, by index: id, RT, head NIK and KK number. */
        private long[] ids = new long[1_024];
        private long[] rtOf = new long[1_024];
        private long[] nikOf = new long[1_024];
        /** In {@code kkOf}: a stored walk-in without a KK number. */
        private static final long NO_KK = -1;
        private long[] kkOf = new long[1_024];
        /** A walk-in added at the counter, on no RT list yet: the first list that names it takes it in. */
        private boolean[] walkIn = new boolean[1_024];
        private int stored;
        private final LongIntMap byKk = new LongIntMap(1_024);
        private final LongIntMap byNik = new LongIntMap(1_024);
        private final Map<Long, RtListImportRepository.RtRow> rtsById = new HashMap<>();

        Writing(RtListReading reading, RtListFormat format, Attempt attempt, String actor, ProgressListener progress,
                Runnable checkCancelled) {
            this.reading = reading;
            this.format = format;
            this.attempt = attempt;
            this.actor = actor;
            this.progress = progress;
            this.checkCancelled = checkCancelled;
        }

        RtListImportResult run() {
            checkCancelled.run();
            progress.progress(new Progress(Phase.CHECKING, reading.rowsRead, 0, -1));
            loadStored();
            // The RTs the file lists that are already stored: only their households can be moved by it.
            Map<RtRef, Long> known = knownRts();
            Set<Long> covered = new HashSet<>();
            reading.rts.stream().map(known::get).filter(Objects::nonNull).forEach(covered::add);

            List<RtListReading.Pending> rows = reading.pending;
            int[] match = new int[rows.size()];
            boolean[] refused = new boolean[rows.size()];
            int[] matchedBy = new int[stored];
            Arrays.fill(matchedBy, -1);
            matchByKk(rows, covered, match, refused, matchedBy);
            matchWalkInsByHead(rows, match, refused, matchedBy);
            refuseTakenNiks(rows, match, refused, matchedBy);
            checkCancelled.run();
            int rtsBefore = rtsById.size();
            long[] rtIdOf = resolveRts(rows, refused);
            int newRts = rtsById.size() - rtsBefore;
            checkCancelled.run();

            int imported = 0;
            int updated = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (!refused[i]) {
                    if (match[i] >= 0) {
                        updated++;
                    } else {
                        imported++;
                    }
                }
            }
            int notListed = 0;
            for (int e = 0; e < stored; e++) {
                if (covered.contains(rtOf[e]) && matchedBy[e] < 0) {
                    notListed++;
                }
            }
            int rejected = reading.rejected.count();
            LocalDateTime now = LocalDateTime.now(clock);
            long runId = store.startRun(new RtListImportRepository.NewRun(attempt.startedAt(), actor,
                    attempt.fileName(), format.name(), attempt.kelurahanCode(), reading.rowsRead, imported, updated,
                    rejected, notListed));
            write(rows, match, refused, rtIdOf, runId, now);
            // Nothing to take off the list when every stored household of these RTs was listed again.
            long unlisted = notListed == 0 ? 0 : store.unlistOthers(covered, runId);
            if (unlisted != notListed) {
                throw new IllegalStateException("expected " + notListed + " households left off the list, found "
                        + unlisted);
            }
            store.finishRun(runId, LocalDateTime.now(clock));
            // In the import's own transaction: the trail says who changed the lists exactly when they changed.
            audit.record(actor, AuditAction.RT_LIST_IMPORTED, "import_run", String.valueOf(runId),
                    attempt.fileName() + ": " + imported + " new, " + updated + " updated, " + rejected + " rejected");
            checkCancelled.run();
            progress.progress(new Progress(Phase.COMMITTING, reading.rowsRead, 0, -1));
            RtListImportResult.Counts counts = new RtListImportResult.Counts(reading.rowsRead, imported, updated,
                    rejected, reading.blankRows, notListed, reading.rts.size(), newRts);
            return new RtListImportResult(RtListImportResult.Status.COMPLETED, attempt.fileName(),
                    Optional.of(format), attempt.kelurahanCode(), List.of(), reading.tables, counts,
                    reading.problems(), OptionalLong.of(runId), attempt.startedAt(), attempt.took());
        }

        private void loadStored() {
            store.forEachHousehold((id, kk, nik, rtId, onList) -> {
                if (stored == ids.length) {
                    walkIn = Arrays.copyOf(walkIn, stored * 2);
                    ids = Arrays.copyOf(ids, stored * 2);
                    rtOf = Arrays.copyOf(rtOf, stored * 2);
                    nikOf = Arrays.copyOf(nikOf, stored * 2);
                    kkOf = Arrays.copyOf(kkOf, stored * 2);
                }
                ids[stored] = id;
                rtOf[stored] = rtId;
                walkIn[stored] = !onList;
                // A walk-in served without its family card has no KK number yet: found by its head's NIK only.
                kkOf[stored] = kk == null ? NO_KK : Long.parseLong(kk);
                nikOf[stored] = Long.parseLong(nik);
                if (kk != null) {
                    byKk.put(kkOf[stored], stored);
                }
                byNik.put(nikOf[stored], stored);
                stored++;
            });
            store.rts().forEach(rt -> rtsById.put(rt.id(), rt));
        }

        /** The id of every RT that keeps a household of the file, creating the new ones; 0 for the others. */
        private long[] resolveRts(List<RtListReading.Pending> rows, boolean[] refused) {
            boolean[] used = new boolean[reading.rts.size()];
            for (int i = 0; i < rows.size(); i++) {
                used[rows.get(i).rt()] |= !refused[i];
            }
            Map<RtRef, Long> known = knownRts();
            List<RtRef> missing = new ArrayList<>();
            for (int rt = 0; rt < used.length; rt++) {
                if (used[rt] && !known.containsKey(reading.rts.get(rt))) {
                    missing.add(reading.rts.get(rt));
                }
            }
            if (!missing.isEmpty()) {
                store.insertRts(attempt.kelurahanCode(), missing);
                rtsById.clear();
                store.rts().forEach(rt -> rtsById.put(rt.id(), rt));
                known.putAll(knownRts());
            }
            long[] idOf = new long[reading.rts.size()];
            for (int rt = 0; rt < idOf.length; rt++) {
                idOf[rt] = used[rt] ? known.get(reading.rts.get(rt)) : 0L;
            }
            return idOf;
        }

        private Map<RtRef, Long> knownRts() {
            Map<RtRef, Long> known = new HashMap<>();
            rtsById.values().stream()
                    .filter(rt -> rt.kelurahanCode().equals(attempt.kelurahanCode()))
                    .forEach(rt -> known.put(rt.rt(), rt.id()));
            return known;
        }

        /** A KK number stored for an RT this file does not list belongs to another RT's list. */
        private void matchByKk(List<RtListReading.Pending> rows, Set<Long> covered, int[] match, boolean[] refused,
                int[] matchedBy) {
            for (int i = 0; i < rows.size(); i++) {
                RtListReading.Pending row = rows.get(i);
                int e = byKk.get(row.kk());
                match[i] = e;
                if (e == LongIntMap.ABSENT) {
                    continue;
                }
                // A walk-in's RT was typed at the counter; the list that names the household is the better word.
                if (covered.contains(rtOf[e]) || walkIn[e]) {
                    matchedBy[e] = i;
                } else {
                    refuse(row, refused, i, clashMessage(true, row, e));
                }
            }
        }

        /**
         * A walk-in served without its family card has no KK number to be found by: the list that
         * names its head gives it one, and its registrations stay with it, instead of the row being
         * refused as a head NIK of another household.
         */
        private void matchWalkInsByHead(List<RtListReading.Pending> rows, int[] match, boolean[] refused,
                int[] matchedBy) {
            for (int i = 0; i < rows.size(); i++) {
                if (refused[i] || match[i] >= 0) {
                    continue;
                }
                int holder = byNik.get(rows.get(i).nik());
                if (holder != LongIntMap.ABSENT && walkIn[holder] && kkOf[holder] == NO_KK && matchedBy[holder] < 0) {
                    match[i] = holder;
                    matchedBy[holder] = i;
                }
            }
        }

        /**
         * A head NIK stored for another household is taken, unless this list gives that household a
         * new head (a family split into two KKs). Refusing one row can keep another household's NIK
         * where it was, so this repeats until nothing changes.
         */
        private void refuseTakenNiks(List<RtListReading.Pending> rows, int[] match, boolean[] refused,
                int[] matchedBy) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < rows.size(); i++) {
                    if (refused[i]) {
                        continue;
                    }
                    RtListReading.Pending row = rows.get(i);
                    int holder = byNik.get(row.nik());
                    if (holder == LongIntMap.ABSENT || holder == match[i]) {
                        continue;
                    }
                    int newHead = matchedBy[holder];
                    boolean letsGo = newHead >= 0 && !refused[newHead];
                    if (!letsGo) {
                        refuse(row, refused, i, clashMessage(false, row, holder));
                        if (match[i] >= 0) {
                            matchedBy[match[i]] = -1;
                        }
                        changed = true;
                    }
                }
            }
        }

        private void refuse(RtListReading.Pending row, boolean[] refused, int i, Message why) {
            refused[i] = true;
            reading.rejected.add(new RtListReading.Rejected(row.ordinal(), row.kk(), row.nik(),
                    reading.problemFor(row, List.of(why))));
        }

        /** Names the stored household's RT, and its kelurahan when it is another one. */
        private Message clashMessage(boolean byKkNumber, RtListReading.Pending row, int e) {
            RtListImportRepository.RtRow rt = rtsById.get(rtOf[e]);
            String rtNumber = rt == null ? "?" : rt.rt().rt();
            String rwNumber = rt == null ? "?" : rt.rt().rw();
            boolean otherKelurahan = rt != null && !rt.kelurahanCode().equals(attempt.kelurahanCode());
            if (byKkNumber) {
                return otherKelurahan
                        ? Message.of("import.row.kk.otherKelurahan", Long.toString(row.kk()), rtNumber, rwNumber,
                                rt.kelurahanCode())
                        : Message.of("import.row.kk.otherRt", Long.toString(row.kk()), rtNumber, rwNumber);
            }
            String maskedKk = kkOf[e] == NO_KK ? "-" : KkNumber.ofStored(Long.toString(kkOf[e])).masked();
            return otherKelurahan
                    ? Message.of("import.row.nik.otherKelurahan", Long.toString(row.nik()), maskedKk, rtNumber,
                            rwNumber, rt.kelurahanCode())
                    : Message.of("import.row.nik.otherHousehold", Long.toString(row.nik()), maskedKk, rtNumber,
                            rwNumber);
        }

        /**
         * Writes in an order that never holds one head NIK twice: first the households whose head
         * changes let go of their old NIK, then the stored households are updated, then the new ones
         * inserted.
         */
        private void write(List<RtListReading.Pending> rows, int[] match, boolean[] refused, long[] rtIdOf, long runId,
                LocalDateTime now) {
            int[] positionOf = new int[rows.size()];
            int[] lastPosition = new int[rtIdOf.length];
            int accepted = 0;
            List<Long> park = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (refused[i]) {
                    continue;
                }
                accepted++;
                positionOf[i] = ++lastPosition[rows.get(i).rt()];
                if (match[i] >= 0 && nikOf[match[i]] != rows.get(i).nik()) {
                    park.add(ids[match[i]]);
                }
            }
            store.parkHeadNiks(park);
            int total = accepted;
            int[] written = {0};

            // Stored households in id order, new ones in KK number order: H2 then finds the pages it
            // changes next to each other, which in a city's import saves a sixth of the writing.
            Map<ListedColumns, List<HouseholdRow>> updates = new LinkedHashMap<>();
            for (int i : inOrder(rows, match, refused, true, Comparator.comparingLong(k -> ids[match[k]]))) {
                RtListReading.Pending row = rows.get(i);
                ListedColumns columns = columnsOf(reading.mappingOf(row.ordinal()));
                List<HouseholdRow> batch = updates.computeIfAbsent(columns, c -> new ArrayList<>(BATCH));
                batch.add(householdRow(row, ids[match[i]], rtIdOf[row.rt()], positionOf[i]));
                if (batch.size() == BATCH) {
                    flushUpdates(columns, batch, runId, now, written, total);
                }
            }
            updates.forEach((columns, batch) -> flushUpdates(columns, batch, runId, now, written, total));

            List<HouseholdRow> inserts = new ArrayList<>(BATCH);
            for (int i : inOrder(rows, match, refused, false, Comparator.comparingLong(k -> rows.get(k).kk()))) {
                RtListReading.Pending row = rows.get(i);
                inserts.add(householdRow(row, 0L, rtIdOf[row.rt()], positionOf[i]));
                if (inserts.size() == BATCH) {
                    flushInserts(inserts, runId, now, written, total);
                }
            }
            flushInserts(inserts, runId, now, written, total);
        }

        /** The accepted rows that update ({@code stored}) or insert, as indexes in the given order. */
        private int[] inOrder(List<RtListReading.Pending> rows, int[] match, boolean[] refused, boolean stored,
                Comparator<Integer> order) {
            return IntStream.range(0, rows.size())
                    .filter(i -> !refused[i] && (match[i] >= 0) == stored)
                    .boxed()
                    .sorted(order)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }

        private void flushUpdates(ListedColumns columns, List<HouseholdRow> batch, long runId, LocalDateTime now,
                int[] written, int total) {
            checkCancelled.run();
            store.update(batch, columns, runId, now);
            written[0] += batch.size();
            batch.clear();
            progress.progress(new Progress(Phase.WRITING, reading.rowsRead, written[0], total));
        }

        private void flushInserts(List<HouseholdRow> batch, long runId, LocalDateTime now, int[] written, int total) {
            checkCancelled.run();
            store.insert(batch, runId, now);
            written[0] += batch.size();
            batch.clear();
            progress.progress(new Progress(Phase.WRITING, reading.rowsRead, written[0], total));
        }

        private HouseholdRow householdRow(RtListReading.Pending row, long id, long rtId, int position) {
            return new HouseholdRow(id, Long.toString(row.kk()), Long.toString(row.nik()), row.name(), row.address(),
                    rtId, Optional.ofNullable(row.phone()), row.asn(), Optional.ofNullable(row.asnUnit()),
                    row.desil() == 0 ? Optional.empty() : Optional.of(row.desil()), row.pkh(), position);
        }
    }

    private static ListedColumns columnsOf(HeaderMapping mapping) {
        return new ListedColumns(mapping.has(RtListField.ADDRESS), mapping.has(RtListField.PHONE),
                mapping.has(RtListField.ASN), mapping.has(RtListField.ASN_UNIT), mapping.has(RtListField.DESIL),
                mapping.has(RtListField.PKH));
    }
}
