package id.loket.domain.rtlist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of a file holds which field, as decided by {@link HeaderMapper}: the mapping that is
 * reported back, so the person who imported the list can see how the file was read.
 *
 * @param headerLine the row the headers were found on (rows above it are titles)
 * @param headers    every header cell of that row, as written
 * @param columns    the 0-based column of each field the file has
 */
public record HeaderMapping(int headerLine, List<String> headers, Map<RtListField, Integer> columns) {

    /** One mapped field and the header it was read from. */
    public record Column(RtListField field, int index, String header) {
    }

    public HeaderMapping {
        headers = List.copyOf(headers);
        EnumMap<RtListField, Integer> copy = new EnumMap<>(RtListField.class);
        copy.putAll(columns);
        for (int index : copy.values()) {
            Objects.checkIndex(index, headers.size());
        }
        columns = Collections.unmodifiableMap(copy);
    }

    public boolean has(RtListField field) {
        return columns.containsKey(field);
    }

    /** The 0-based column of {@code field}, or -1 when the file has no such column. */
    public int column(RtListField field) {
        return columns.getOrDefault(field, -1);
    }

    /** The mapped fields in field order, each with the header it came from. */
    public List<Column> mapped() {
        List<Column> result = new ArrayList<>();
        columns.forEach((field, index) -> result.add(new Column(field, index, headers.get(index).strip())));
        return result;
    }

    /** Headers with a name that no field uses, such as "No" or "Keterangan": read past, never imported. */
    public List<String> unusedHeaders() {
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!columns.containsValue(i) && !headers.get(i).isBlank()) {
                unused.add(headers.get(i).strip());
            }
        }
        return unused;
    }
}
