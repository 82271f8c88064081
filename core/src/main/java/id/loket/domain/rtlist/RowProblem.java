package id.loket.domain.rtlist;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row that was not imported: where it is, every reason, and the values it held, so a report can show
 * the row beside what is wrong with it.
 *
 * @param sheet   the sheet of a workbook; empty for a CSV file
 * @param line    the row number as the spreadsheet shows it
 * @param reasons what is wrong and what to do, at least one
 * @param values  the row's values by {@link RtListField} (index = ordinal), "" where the file had none
 */
public record RowProblem(Optional<String> sheet, int line, List<Message> reasons, List<String> values) {

    public RowProblem {
        Objects.requireNonNull(sheet, "sheet");
        reasons = List.copyOf(reasons);
        values = List.copyOf(values);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a problem has a reason");
        }
        if (values.size() != RtListField.values().length) {
            throw new IllegalArgumentException("one value per field, got " + values.size());
        }
    }

    public String value(RtListField field) {
        return values.get(field.ordinal());
    }

    /** "Baris 17", or with the sheet when a workbook had rows on more than one sheet. */
    public Message location(boolean withSheet) {
        if (withSheet && sheet.isPresent()) {
            return Message.of("import.location.sheetLine", sheet.get(), String.valueOf(line));
        }
        return Message.of("import.location.line", String.valueOf(line));
    }

    /** The same row with more reasons, e.g. a rejected row that also repeats another row's number. */
    public RowProblem withMore(List<Message> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Message> all = new ArrayList<>(reasons);
        all.addAll(more);
        return new RowProblem(sheet, line, all, values);
    }
}
