package id.loket.service.skm;

import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.skm.SkmResponse;
import id.loket.domain.skm.SkmSheetColumns;
import id.loket.domain.skm.SkmSheetRules;
import id.loket.service.rtlist.FirstInOrder;
import id.loket.service.rtlist.TableVisitor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a paper-survey sheet table by table (the CSV file, or each visible sheet of a workbook): finds
 * the header row among the first rows (a title above it is common), then checks every data row.
 */
final class SkmSheetReading implements TableVisitor {

    static final int HEADER_SEARCH_ROWS = 15;

    private static final Comparator<SkmImportResult.Problem> FILE_ORDER =
            Comparator.comparing((SkmImportResult.Problem p) -> p.sheet().orElse(""))
                    .thenComparingInt(SkmImportResult.Problem::line);

    private final SkmSheetRules rules;
    final List<SkmResponse> kept = new ArrayList<>();
    final FirstInOrder<SkmImportResult.Problem> problems = new FirstInOrder<>(FirstInOrder.KEPT, FILE_ORDER);
    int read;
    int rejected;
    int tablesRead;

    private Optional<String> sheet = Optional.empty();
    private SkmSheetColumns columns;
    private int searched;

    SkmSheetReading(SkmSheetRules rules) {
        this.rules = rules;
    }

    @Override
    public void table(Optional<String> sheet) {
        this.sheet = sheet;
        columns = null;
        searched = 0;
    }

    @Override
    public void row(SourceRow row) {
        if (columns == null) {
            if (!row.isBlank() && searched++ < HEADER_SEARCH_ROWS) {
                columns = SkmSheetColumns.find(row.line(), row.texts()).orElse(null);
                if (columns != null) {
                    tablesRead++;
                }
            }
            return;
        }
        if (SkmSheetRules.blank(columns, row)) {
            return;
        }
        read++;
        SkmSheetRules.Checked checked = rules.check(columns, row);
        if (checked.response().isPresent()) {
            kept.add(checked.response().get());
        } else {
            rejected++;
            problems.add(new SkmImportResult.Problem(sheet, row.line(), checked.problems()));
        }
    }
}
