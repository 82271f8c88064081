package id.loket.service.rtlist;

import id.loket.domain.household.RtRef;
import id.loket.domain.rtlist.HeaderMapper;
import id.loket.domain.rtlist.HeaderMapping;
import id.loket.domain.rtlist.ListedHousehold;
import id.loket.domain.rtlist.RepeatedNumbers;
import id.loket.domain.rtlist.RowCheck;
import id.loket.domain.rtlist.RowProblem;
import id.loket.domain.rtlist.RowRules;
import id.loket.domain.rtlist.RtListField;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first half of an import: reads the file row by row, finds each table's header row, applies the
 * row rules and finds numbers that appear twice. Keeps what the second half needs and no more: the
 * valid rows in a compact form and the rejected rows for the report; never the file's cells.
 */
final class RtListReading implements TableVisitor {

    /** A valid row, compact: a city's list has a quarter of a million. Nullable fields are absent values. */
    record Pending(int ordinal, long kk, long nik, String name, String address, int rt, String phone, boolean asn,
                   String asnUnit, int desil, boolean pkh) {
    }

    /** A rejected row, with its numbers when they were valid, so a repeat elsewhere can still be named. */
    record Rejected(int ordinal, long kk, long nik, RowProblem problem) {
    }

    private static final int PROGRESS_EVERY = 1_000;

    private final RowRules rules;
    private final Runnable checkCancelled;
    private final RtListImportService.ProgressListener progress;

    final List<RtListImportResult.Table> tables = new ArrayList<>();
    final List<RtRef> rts = new ArrayList<>();
    private final Map<RtRef, Integer> rtIndex = new HashMap<>();
    List<Pending> pending = new ArrayList<>();
    final FirstInOrder<Rejected> rejected;
    private final RepeatedNumbers kks = new RepeatedNumbers(4_096);
    private final RepeatedNumbers niks = new RepeatedNumbers(4_096);
    int rowsRead;
    int blankRows;

    /** Where each data row is, by ordinal: its table and its line. */
    private int[] tableOfRow = new int[4_096];
    private int[] lineOfRow = new int[4_096];
    private final List<Optional<String>> tableSheets = new ArrayList<>();
    private final List<HeaderMapping> tableMappings = new ArrayList<>();

    private int table = -1;
    private HeaderMapping mapping;
    /** The columns of {@link #mapping} that describe a household, RT and RW left out. */
    private int[] describing;
    private int candidates;
    private HeaderMapper.Match best;
    private List<String> bestHeaders = List.of();
    private boolean content;
    private long bytesRead;
    private long totalBytes = -1;

    RtListReading(RowRules rules, Runnable checkCancelled, RtListImportService.ProgressListener progress) {
        this.rejected = new FirstInOrder<>(FirstInOrder.KEPT, Comparator.comparingInt(Rejected::ordinal));
        this.rules = rules;
        this.checkCancelled = checkCancelled;
        this.progress = progress;
    }

    @Override
    public void table(Optional<String> sheet) {
        finishTable();
        table = tableSheets.size();
        tableSheets.add(sheet);
        tableMappings.add(null);
        mapping = null;
        candidates = 0;
        best = null;
        bestHeaders = List.of();
        content = false;
    }

    @Override
    public void hiddenSheet(String sheet) {
        tables.add(new RtListImportResult.Table(Optional.of(sheet), Optional.empty(), List.of(), List.of(), true));
    }

    @Override
    public void position(long bytesRead, long totalBytes) {
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
    }

    @Override
    public void row(SourceRow row) {
        checkCancelled.run();
        if (mapping == null) {
            searchHeader(row);
        } else {
            dataRow(row);
        }
    }

    /** Rows above the header are titles ("DAFTAR KEPALA KELUARGA RT 07"); the first row that maps is the header. */
    private void searchHeader(SourceRow row) {
        if (row.isBlank() || candidates >= HeaderMapper.SEARCH_ROWS) {
            content |= !row.isBlank();
            return;
        }
        content = true;
        candidates++;
        HeaderMapper.Match match = HeaderMapper.match(row.line(), row.texts());
        if (match.mapping().isPresent()) {
            mapping = match.mapping().get();
            describing = mapping.mapped().stream()
                    .filter(column -> column.field() != RtListField.RT && column.field() != RtListField.RW
                            && column.field() != RtListField.RT_RW)
                    .mapToInt(HeaderMapping.Column::index).toArray();
            tableMappings.set(table, mapping);
            tables.add(new RtListImportResult.Table(tableSheets.get(table), match.mapping(), List.of(), List.of(),
                    false));
        } else if (best == null || match.recognised() > best.recognised()) {
            best = match;
            bestHeaders = row.texts().stream().filter(h -> !h.isBlank()).map(String::strip).toList();
        }
    }

    private void dataRow(SourceRow row) {
        if (nothingToImport(row) || repeatedHeader(row)) {
            blankRows++;
            return;
        }
        int ordinal = rowsRead++;
        remember(ordinal, row.line());
        RowCheck check = rules.check(mapping, row);
        kks.add(check.kkKey(), ordinal);
        niks.add(check.nikKey(), ordinal);
        if (check.valid()) {
            pending.add(compact(ordinal, check.household().orElseThrow()));
        } else {
            RowProblem problem = new RowProblem(tableSheets.get(table), row.line(), check.problems(), values(row));
            rejected.add(new Rejected(ordinal, check.kkKey(), check.nikKey(), problem));
        }
        if (rowsRead % PROGRESS_EVERY == 0) {
            reportProgress();
        }
    }

    void reportProgress() {
        if (totalBytes > 0) {
            progress.progress(new RtListImportService.Progress(RtListImportService.Phase.READING, rowsRead,
                    bytesRead, totalBytes));
        } else {
            progress.progress(new RtListImportService.Progress(RtListImportService.Phase.READING, rowsRead,
                    rowsRead, -1));
        }
    }

    /**
     * A row with nothing in the columns that describe a household: an empty numbered line of a template,
     * or one where only the RT and RW were filled in ahead. Such rows are counted, not reported.
     */
    private boolean nothingToImport(SourceRow row) {
        for (int column : describing) {
            if (!row.cell(column).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The header again, as a list printed from Excel repeats it at the top of every page. Checked only
     * when the KK column holds no digit at all, so ordinary rows cost nothing.
     */
    private boolean repeatedHeader(SourceRow row) {
        String kk = row.cell(mapping.column(RtListField.KK_NUMBER)).text();
        if (kk.isBlank() || kk.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return HeaderMapper.match(row.line(), row.texts()).mapping()
                .map(again -> again.columns().equals(mapping.columns()))
                .orElse(false);
    }

    private List<String> values(SourceRow row) {
        String[] values = new String[RtListField.values().length];
        Arrays.fill(values, "");
        for (HeaderMapping.Column column : mapping.mapped()) {
            values[column.field().ordinal()] = row.cell(column.index()).text();
        }
        return Arrays.asList(values);
    }

    private Pending compact(int ordinal, ListedHousehold h) {
        int rt = rtIndex.computeIfAbsent(h.rt(), ref -> {
            rts.add(ref);
            return rts.size() - 1;
        });
        return new Pending(ordinal, Long.parseLong(h.kkNumber().digits()), Long.parseLong(h.headNik().digits()),
                h.headName(), h.address(), rt, h.phone().orElse(null), h.asn(), h.asnUnit().orElse(null),
                h.desil().orElse(0), h.pkh());
    }

    private void remember(int ordinal, int line) {
        if (ordinal == tableOfRow.length) {
            tableOfRow = Arrays.copyOf(tableOfRow, ordinal * 2);
            lineOfRow = Arrays.copyOf(lineOfRow, ordinal * 2);
        }
        tableOfRow[ordinal] = table;
        lineOfRow[ordinal] = line;
    }

    private void finishTable() {
        if (table >= 0 && mapping == null && content) {
            List<Message> why = best == null ? List.of() : best.problems();
            tables.add(new RtListImportResult.Table(tableSheets.get(table), Optional.empty(), bestHeaders, why, false));
        }
    }

    /** Ends the reading: closes the last table and rejects every row holding a number another row holds too. */
    void finish() {
        finishTable();
        reportProgress();
        if (kks.repeatedNumbers() == 0 && niks.repeatedNumbers() == 0) {
            return;
        }
        List<Pending> kept = new ArrayList<>(pending.size());
        for (Pending row : pending) {
            List<Message> repeats = repeats(row.ordinal(), row.kk(), row.nik());
            if (repeats.isEmpty()) {
                kept.add(row);
            } else {
                rejected.add(new Rejected(row.ordinal(), row.kk(), row.nik(), problemFor(row, repeats)));
            }
        }
        pending = kept;
        rejected.replaceEach(row -> row.problem().reasons().stream().anyMatch(RtListReading::isRepeat) ? row
                : new Rejected(row.ordinal(), row.kk(), row.nik(),
                        row.problem().withMore(repeats(row.ordinal(), row.kk(), row.nik()))));
    }

    private static boolean isRepeat(Message message) {
        return message.key().startsWith("import.row.kk.twice") || message.key().startsWith("import.row.nik.twice");
    }

    private List<Message> repeats(int ordinal, long kk, long nik) {
        List<Message> messages = new ArrayList<>();
        for (int other : kks.othersThan(kk, ordinal)) {
            messages.add(tableOfRow[other] == tableOfRow[ordinal]
                    ? Message.of("import.row.kk.twice", Long.toString(kk), String.valueOf(lineOfRow[other]))
                    : Message.of("import.row.kk.twiceInSheet", Long.toString(kk),
                            tableSheets.get(tableOfRow[other]).orElse(""), String.valueOf(lineOfRow[other])));
        }
        for (int other : niks.othersThan(nik, ordinal)) {
            messages.add(tableOfRow[other] == tableOfRow[ordinal]
                    ? Message.of("import.row.nik.twice", Long.toString(nik), String.valueOf(lineOfRow[other]))
                    : Message.of("import.row.nik.twiceInSheet", Long.toString(nik),
                            tableSheets.get(tableOfRow[other]).orElse(""), String.valueOf(lineOfRow[other])));
        }
        return messages;
    }

    /** A valid row rejected later: its values as they were understood, in the columns its table had. */
    RowProblem problemFor(Pending row, List<Message> reasons) {
        int tableIndex = tableOfRow[row.ordinal()];
        HeaderMapping tableMapping = tableMappings.get(tableIndex);
        String[] values = new String[RtListField.values().length];
        Arrays.fill(values, "");
        RtRef rt = rts.get(row.rt());
        for (RtListField field : RtListField.values()) {
            if (tableMapping.has(field)) {
                values[field.ordinal()] = switch (field) {
                    case KK_NUMBER -> Long.toString(row.kk());
                    case HEAD_NIK -> Long.toString(row.nik());
                    case HEAD_NAME -> row.name();
                    case ADDRESS -> row.address();
                    case RT -> rt.rt();
                    case RW -> rt.rw();
                    case RT_RW -> rt.rt() + "/" + rt.rw();
                    case PHONE -> row.phone() == null ? "" : row.phone();
                    case ASN -> row.asn() ? "ya" : "tidak";
                    case ASN_UNIT -> row.asnUnit() == null ? "" : row.asnUnit();
                    case DESIL -> row.desil() == 0 ? "" : String.valueOf(row.desil());
                    case PKH -> row.pkh() ? "ya" : "tidak";
                };
            }
        }
        return new RowProblem(tableSheets.get(tableIndex), lineOfRow[row.ordinal()], reasons, Arrays.asList(values));
    }

    /** The rejected rows kept for the reports (the first of them in file order; {@link FirstInOrder}). */
    List<RowProblem> problems() {
        return rejected.inOrder().stream().map(Rejected::problem).toList();
    }

    boolean anyTableRead() {
        return tables.stream().anyMatch(RtListImportResult.Table::read);
    }

    /** How the table of data row {@code ordinal} was read: which columns it has. */
    HeaderMapping mappingOf(int ordinal) {
        return tableMappings.get(tableOfRow[ordinal]);
    }
}
