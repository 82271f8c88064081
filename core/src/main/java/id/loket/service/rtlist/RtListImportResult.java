package id.loket.service.rtlist;

import id.loket.domain.rtlist.HeaderMapping;
import id.loket.domain.rtlist.RowProblem;
import id.loket.domain.rtlist.RtListField;
import id.loket.domain.text.Message;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an RT list import did, for the screen, the command line and the reports.
 *
 * @param failure      why nothing was imported, when {@link Status#FAILED}; each a sentence to show
 * @param tables       every table met: the CSV file, or each sheet of a workbook, with how it was read
 * @param problems     the rows that were not imported, in file order: every one, up to the first 10,000
 *                     ({@link Counts#rejected()} counts them all)
 * @param importRunId  the stored record of the import, when it was committed
 * @param took         the whole import, reading included
 */
public record RtListImportResult(Status status, String fileName, Optional<RtListFormat> format, String kelurahanCode,
                                 List<Message> failure, List<Table> tables, Counts counts, List<RowProblem> problems,
                                 OptionalLong importRunId, LocalDateTime startedAt, Duration took) {

    public enum Status {
        /** The file was read and every valid row stored; rejected rows are in {@link #problems()}. */
        COMPLETED,
        /** Stopped on request; the database is as it was. */
        CANCELLED,
        /** The file could not be read or its columns not recognised; nothing was imported. */
        FAILED
    }

    /**
     * One table of the file.
     *
     * @param sheet        the sheet's name; empty for a CSV file
     * @param mapping      how its columns were read, when its header row was recognised
     * @param headersFound when not recognised: the row that looked most like a header, as written
     * @param problems     when not recognised: which columns are missing or doubled
     * @param hidden       a hidden sheet, not read
     */
    public record Table(Optional<String> sheet, Optional<HeaderMapping> mapping, List<String> headersFound,
                        List<Message> problems, boolean hidden) {
        public Table {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(mapping, "mapping");
            headersFound = List.copyOf(headersFound);
            problems = List.copyOf(problems);
        }

        public boolean read() {
            return mapping.isPresent();
        }
    }

    /**
     * @param rowsRead   data rows read: {@code imported + updated + rejected}
     * @param blankRows  rows below the header with nothing to import in them (empty, or the header
     *                   repeated on a new printed page), passed over
     * @param notListed  stored households of the file's RTs that this import did not list; kept as they were
     * @param rts        the RTs the file lists
     * @param newRts     of those, the ones that were not known before
     */
    public record Counts(int rowsRead, int imported, int updated, int rejected, int blankRows, int notListed, int rts,
                         int newRts) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    public RtListImportResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        failure = List.copyOf(failure);
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
        if ((status == Status.FAILED) == failure.isEmpty()) {
            throw new IllegalArgumentException("a failed import says why, and only a failed one");
        }
    }

    /** True when the file was read to the end and the import committed, even with rejected rows. */
    public boolean completed() {
        return status == Status.COMPLETED;
    }

    /** Sheet names belong in row locations only when rows came from more than one sheet. */
    public boolean rowsFromSeveralSheets() {
        return tables.stream().filter(Table::read).count() > 1;
    }

    /** "Baris 17" (or "Lembar “RT 02”, baris 17") for a problem row. */
    public Message locationOf(RowProblem problem) {
        return problem.location(rowsFromSeveralSheets());
    }

    /** The mapped tables' fields, in field order and without repeats: the value columns of a report. */
    public List<RtListField> mappedFields() {
        return Arrays.stream(RtListField.values())
                .filter(field -> tables.stream().anyMatch(t -> t.mapping().map(m -> m.has(field)).orElse(false)))
                .toList();
    }
}
