package id.loket.service.rtlist;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.rtlist.HeaderMapping;
import id.loket.domain.rtlist.LongIntMap;
import id.loket.domain.rtlist.RtListField;
import id.loket.domain.text.Message;
import id.loket.service.rtlist.RtListImportService.Phase;
import id.loket.service.rtlist.RtListImportService.Progress;
import id.loket.service.rtlist.RtListImportService.ProgressListener;
import id.loket.storage.AuditLog;
import id.loket.storage.RtListImportRepository;
import id.loket.storage.RtListImportRepository.HouseholdRow;
import id.loket.storage.RtListImportRepository.ListedColumns;
import java.time.Clock;
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
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The second half of an RT-list import, inside its transaction: the rows read are matched with the stored
 * households (by KK number, a walk-in by its head's NIK), refused where they clash with another RT's list,
 * then written in batches, the run recorded and audited. Runs once; {@code checkCancelled} throws to roll
 * the transaction back.
 */
final class RtListWriting {
    /** Rows written per statement batch. */
    private static final int BATCH = 2_000;
    /** In {@code kkOf}: a stored walk-in without a KK number. */
    private static final long NO_KK = -1;

    private final RtListImportRepository store;
    private final AuditLog audit;
    private final Clock clock;
    private final RtListReading reading;
    private final RtListFormat format;
    private final ImportAttempt attempt;
    private final String actor;
    private final ProgressListener progress;
    private final Runnable checkCancelled;

    /** The stored households, by index: id, RT, head NIK and KK number. */
    private long[] ids = new long[1_024];
    private long[] rtOf = new long[1_024];
    private long[] nikOf = new long[1_024];
    private long[] kkOf = new long[1_024];
    /** A walk-in added at the counter, on no RT list yet: the first list that names it takes it in. */
    private boolean[] walkIn = new boolean[1_024];
    private int stored;
    private final LongIntMap byKk = new LongIntMap(1_024);
    private final LongIntMap byNik = new LongIntMap(1_024);
    private final Map<Long, RtListImportRepository.RtRow> rtsById = new HashMap<>();

    RtListWriting(RtListImportRepository store, AuditLog audit, Clock clock, RtListReading reading,
            RtListFormat format, ImportAttempt attempt, String actor, ProgressListener progress,
            Runnable checkCancelled) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
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

    /** Which optional columns a table had: a row updates only those, keeping what the file did not say. */
    private static ListedColumns columnsOf(HeaderMapping mapping) {
        return new ListedColumns(mapping.has(RtListField.ADDRESS), mapping.has(RtListField.PHONE),
                mapping.has(RtListField.ASN), mapping.has(RtListField.ASN_UNIT), mapping.has(RtListField.DESIL),
                mapping.has(RtListField.PKH));
    }
}
