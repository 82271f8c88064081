package id.loket.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the RT list import report shows, already worded in the office's language; the
 * renderer adds the headings.
 *
 * <p>It is a printout, so it refuses a full NIK or KK number anywhere in it (UU 27/2022): the caller
 * masks them, and the CSV report is where the full numbers are.
 *
 * @param title      e.g. "Laporan Impor Daftar RT"
 * @param summary    counts and facts of the import, label and value
 * @param notes      sentences under the summary (rows passed over, sheets not read)
 * @param mapping    one group per table read: which header each field was read from
 * @param problems   rejected rows: where (label) and why (value)
 * @param moreProblems a closing line when not every rejected row is printed, or null
 * @param noProblems the line printed when no row was rejected
 * @param footnote   a last line, e.g. that numbers are masked
 */
public record ImportReportDocument(
        String officeName,
        String officeAddress,
        String title,
        LocalDateTime importedAt,
        String summaryHeading,
        List<Item> summary,
        List<String> notes,
        String mappingHeading,
        List<MappingGroup> mapping,
        String problemsHeading,
        List<Item> problems,
        String moreProblems,
        String noProblems,
        String footnote) {

    /** A label and its value. */
    public record Item(String label, String value) {
        public Item {
            Require.notBlank(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One table's columns: a line saying where the headers were, then field and header pairs.
     *
     * @param unused the headers that were not used, or null when every header was
     */
    public record MappingGroup(String heading, List<Item> columns, Item unused) {
        public MappingGroup {
            Require.notBlank(heading, "heading");
            columns = List.copyOf(columns);
        }
    }

    /** Sixteen digits in a row, whatever separates them: a full NIK or KK number. */
    private static final Pattern FULL_NUMBER = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    public ImportReportDocument {
        Require.notBlank(officeName, "officeName");
        Objects.requireNonNull(officeAddress, "officeAddress");
        Require.notBlank(title, "title");
        Objects.requireNonNull(importedAt, "importedAt");
        Require.notBlank(summaryHeading, "summaryHeading");
        summary = List.copyOf(summary);
        notes = List.copyOf(notes);
        Require.notBlank(mappingHeading, "mappingHeading");
        mapping = List.copyOf(mapping);
        Require.notBlank(problemsHeading, "problemsHeading");
        problems = List.copyOf(problems);
        moreProblems = Require.blankToNull(moreProblems);
        Require.notBlank(noProblems, "noProblems");
        footnote = Require.blankToNull(footnote);
        for (Item item : problems) {
            if (FULL_NUMBER.matcher(item.label()).find() || FULL_NUMBER.matcher(item.value()).find()) {
                throw new IllegalArgumentException("the import report needs masked NIKs and KK numbers");
            }
        }
    }
}
