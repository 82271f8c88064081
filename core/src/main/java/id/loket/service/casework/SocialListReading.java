package id.loket.service.casework;

import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.sociallist.SocialListColumns;
import id.loket.domain.sociallist.SocialListEntry;
import id.loket.domain.sociallist.SocialListRules;
import id.loket.domain.text.Message;
import id.loket.service.rtlist.TableVisitor;
import id.loket.service.rtlist.FirstInOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a desil / PKH list table by table (a CSV file, or each visible sheet of a workbook): finds the
 * header row among the first rows, then checks each data row. Keeps the valid entries and the
 * rejected rows, never the file's cells.
 */
final class SocialListReading implements TableVisitor {

    /** Rows above the header (titles, the Dinas Sosial's letterhead) are looked through up to here. */
    static final int HEADER_SEARCH_ROWS = 15;

    /** A valid row with the sheet it came from. */
    record Read(Optional<String> sheet, SocialListEntry entry) {
    }

    /** Sheets in the order their names sort, as the report lists them; rows by line within a sheet. */
    static final Comparator<SocialListResult.Problem> FILE_ORDER =
            Comparator.comparing((SocialListResult.Problem p) -> p.sheet().orElse(""))
                    .thenComparingInt(SocialListResult.Problem::line);

    private final SocialListRules rules;
    final List<Read> entries = new ArrayList<>();
    /** Rows rejected as read; with the rows rejected later, the first in file order are kept for the report. */
    final FirstInOrder<SocialListResult.Problem> problems = new FirstInOrder<>(FirstInOrder.KEPT, FILE_ORDER);
    int rejected;
    /** Sheets (or the file) with content but no recognisable header, for the failure message. */
    final List<String> unmapped = new ArrayList<>();
    int rowsRead;
    int blankRows;
    int tablesRead;

    private Optional<String> sheet = Optional.empty();
    private SocialListColumns columns;
    private int searched;
    private boolean content;

    SocialListReading(SocialListRules rules) {
        this.rules = rules;
    }

    @Override
    public void table(Optional<String> sheet) {
        finishTable();
        this.sheet = sheet;
        columns = null;
        searched = 0;
        content = false;
    }

    @Override
    public void row(SourceRow row) {
        if (columns == null) {
            if (!row.isBlank() && searched++ < HEADER_SEARCH_ROWS) {
                content = true;
                columns = SocialListColumns.find(row.line(), row.texts()).orElse(null);
                if (columns != null) {
                    tablesRead++;
                }
            }
            return;
        }
        if (SocialListRules.blank(columns, row)) {
            blankRows++;
            return;
        }
        rowsRead++;
        SocialListRules.Checked checked = rules.check(columns, row);
        if (checked.entry().isPresent()) {
            entries.add(new Read(sheet, checked.entry().get()));
        } else {
            rejected++;
            problems.add(new SocialListResult.Problem(sheet, row.line(), numberOf(row),
                    checked.problems().stream().map(MaskedText::mask).toList()));
        }
    }

    /** The NIK the row gave, or its KK number, masked: what the report names the row by. */
    private String numberOf(SourceRow row) {
        String nik = cell(row, columns.nik());
        return MaskedText.mask(nik.isEmpty() ? cell(row, columns.kk()) : nik);
    }

    private static String cell(SourceRow row, OptionalInt column) {
        return column.isPresent() ? row.cell(column.getAsInt()).text().strip() : "";
    }

    void finish() {
        finishTable();
    }

    private void finishTable() {
        if (columns == null && content) {
            unmapped.add(sheet.orElse(""));
        }
    }

    List<Message> unmappedReasons(String fileName) {
        List<Message> why = new ArrayList<>();
        why.add(Message.of("social.file.unmapped", fileName));
        why.add(Message.of("social.file.hint"));
        return why;
    }
}
