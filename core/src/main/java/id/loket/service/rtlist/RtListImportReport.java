package id.loket.service.rtlist;

import id.loket.documents.ImportReportDocument;
import id.loket.documents.ImportReportRenderer;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.rtlist.HeaderMapping;
import id.loket.domain.rtlist.RowProblem;
import id.loket.domain.rtlist.RtListField;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An import's outcome in words: the lines the command line prints and a screen can show, the CSV
 * report (every rejected row with its values, full numbers: for the supervisor) and the A4 PDF report
 * (numbers masked: it is paper).
 */
public final class RtListImportReport {

    /** The printed report stops listing rows here; the CSV report has every row the result kept. */
    static final int PDF_ROW_LIMIT = 2_000;

    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");

    private final Texts texts;
    private final OfficeProfile office;
    private final ImportReportRenderer renderer;

    public RtListImportReport(Texts texts, OfficeProfile office, ImportReportRenderer renderer) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.office = Objects.requireNonNull(office, "office");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** What happened, in a few sentences: the counts and anything passed over, or why nothing was imported. */
    public List<String> summaryLines(RtListImportResult result) {
        List<String> lines = new ArrayList<>();
        switch (result.status()) {
            case FAILED -> {
                result.failure().forEach(message -> lines.add(texts.text(message)));
                lines.add(texts.text("import.summary.nothingImported"));
            }
            case CANCELLED -> lines.add(texts.text("import.status.cancelled"));
            case COMPLETED -> notes(result, true).forEach(lines::add);
        }
        return lines;
    }

    /** How the columns were read: per table, where its headers were and which header each field came from. */
    public List<String> mappingLines(RtListImportResult result) {
        List<String> lines = new ArrayList<>();
        for (RtListImportResult.Table table : result.tables()) {
            table.mapping().ifPresent(mapping -> {
                lines.add(mappingHeading(table, mapping));
                for (HeaderMapping.Column column : mapping.mapped()) {
                    lines.add("  " + texts.text("import.summary.mappingColumn", texts.text(column.field().label()),
                            column.header()));
                }
                if (!mapping.unusedHeaders().isEmpty()) {
                    lines.add("  " + texts.text("import.summary.unused", String.join(", ", mapping.unusedHeaders())));
                }
            });
        }
        return lines;
    }

    /** "Baris 17: NIK 6.47106E+15 rusak oleh Excel. …" */
    public String problemLine(RtListImportResult result, RowProblem problem) {
        return texts.text(result.locationOf(problem)) + ": " + reasons(problem, false);
    }

    /**
     * The CSV report: one line per rejected row with its location, the reasons and the values it held.
     * UTF-8 with a byte order mark, so that Excel shows names with accents as written; no cell can run as
     * a formula when the report is opened. Returns the number of rows written.
     */
    public int writeCsv(RtListImportResult result, Writer out) throws IOException {
        boolean sheets = result.format().map(f -> f == RtListFormat.XLSX).orElse(false);
        List<RtListField> fields = result.mappedFields();
        List<String> header = new ArrayList<>();
        if (sheets) {
            header.add(texts.text("import.csv.sheet"));
        }
        header.add(texts.text("import.csv.line"));
        header.add(texts.text("import.csv.reason"));
        fields.forEach(field -> header.add(texts.text(field.label())));
        out.write('\uFEFF');
        writeCsvLine(out, header);
        for (RowProblem problem : result.problems()) {
            List<String> cells = new ArrayList<>();
            if (sheets) {
                cells.add(problem.sheet().orElse(""));
            }
            cells.add(String.valueOf(problem.line()));
            cells.add(reasons(problem, false));
            fields.forEach(field -> cells.add(problem.value(field)));
            writeCsvLine(out, cells);
        }
        out.flush();
        return result.problems().size();
    }

    private static void writeCsvLine(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** The A4 report as PDF, numbers masked. */
    public byte[] pdf(RtListImportResult result, String actor) {
        if (!result.completed()) {
            throw new IllegalArgumentException("only a completed import has a report, not " + result.status());
        }
        RtListImportResult.Counts counts = result.counts();
        List<ImportReportDocument.Item> summary = List.of(
                item("import.label.file", result.fileName()),
                item("import.label.kelurahan", result.kelurahanCode()),
                item("import.label.actor", actor),
                item("import.label.read", texts.text("import.report.count", counts.rowsRead())),
                item("import.label.imported", texts.text("import.report.count", counts.imported())),
                item("import.label.updated", texts.text("import.report.count", counts.updated())),
                item("import.label.rejected", texts.text("import.report.count", counts.rejected())),
                item("import.label.blankRows", texts.text("import.report.count", counts.blankRows())),
                item("import.label.notListed", texts.text("import.report.count", counts.notListed())),
                item("import.label.rts", texts.text("import.report.rts", counts.rts(), counts.newRts())));
        List<ImportReportDocument.MappingGroup> mapping = new ArrayList<>();
        for (RtListImportResult.Table table : result.tables()) {
            table.mapping().ifPresent(m -> mapping.add(new ImportReportDocument.MappingGroup(mappingHeading(table, m),
                    m.mapped().stream().map(c -> new ImportReportDocument.Item(texts.text(c.field().label()),
                            "“" + c.header() + "”")).toList(),
                    m.unusedHeaders().isEmpty() ? null : new ImportReportDocument.Item(
                            texts.text("import.report.unused"), String.join(", ", m.unusedHeaders())))));
        }
        List<ImportReportDocument.Item> problems = new ArrayList<>();
        for (RowProblem problem : result.problems()) {
            if (problems.size() == PDF_ROW_LIMIT) {
                break;
            }
            String name = problem.value(RtListField.HEAD_NAME).strip();
            String reasons = reasons(problem, true);
            problems.add(new ImportReportDocument.Item(texts.text(result.locationOf(problem)),
                    name.isEmpty() ? reasons : reasons + " (" + name + ")"));
        }
        int more = result.problems().size() - problems.size();
        ImportReportDocument doc = new ImportReportDocument(office.name(), office.address(),
                texts.text("import.report.title"), result.startedAt(), texts.text("import.report.summary"), summary,
                notes(result, false), texts.text("import.report.mapping"), mapping,
                texts.text("import.report.problems"), problems,
                more > 0 ? texts.text("import.report.more", more) : null, texts.text("import.report.noProblems"),
                texts.text("import.report.masked"));
        return renderer.render(doc);
    }

    /** The sentences under the counts: blank rows, households not listed, sheets not read. */
    private List<String> notes(RtListImportResult result, boolean withCounts) {
        RtListImportResult.Counts counts = result.counts();
        List<String> lines = new ArrayList<>();
        if (withCounts) {
            lines.add(texts.text("import.summary.counts", counts.rowsRead(), counts.imported(), counts.updated(),
                    counts.rejected()));
            lines.add(texts.text("import.summary.rts", counts.rts(), counts.newRts()));
        }
        if (counts.blankRows() > 0) {
            lines.add(texts.text("import.summary.blankRows", counts.blankRows()));
        }
        if (counts.notListed() > 0) {
            lines.add(texts.text("import.summary.notListed", counts.notListed()));
        }
        if (counts.rejected() > result.problems().size()) {
            lines.add(texts.text("import.summary.problemsOmitted", result.problems().size(),
                    counts.rejected() - result.problems().size()));
        }
        for (RtListImportResult.Table table : result.tables()) {
            if (table.hidden()) {
                lines.add(texts.text("import.layout.sheetHidden", table.sheet().orElse("")));
            } else if (!table.read()) {
                lines.add(texts.text("import.layout.sheetSkipped", table.sheet().orElse(result.fileName()),
                        String.join(" | ", table.headersFound())));
            }
        }
        if (withCounts && counts.rejected() == 0) {
            lines.add(texts.text("import.summary.allImported"));
        }
        return lines;
    }

    private String mappingHeading(RtListImportResult.Table table, HeaderMapping mapping) {
        String line = String.valueOf(mapping.headerLine());
        return table.sheet()
                .map(sheet -> texts.text("import.summary.mappingSheet", sheet, line))
                .orElseGet(() -> texts.text("import.summary.mappingLine", line));
    }

    private String reasons(RowProblem problem, boolean masked) {
        return problem.reasons().stream()
                .map(reason -> masked ? masked(reason) : reason)
                .map(texts::text)
                .collect(Collectors.joining(" "));
    }

    /** The message with every argument that is a full NIK or KK number masked, as on every printout. */
    private static Message masked(Message message) {
        List<Object> args = new ArrayList<>();
        for (Object arg : message.args()) {
            if (arg instanceof String text) {
                String digits = NUMBER_SEPARATORS.matcher(text).replaceAll("");
                args.add(SIXTEEN_DIGITS.matcher(digits).matches() ? KkNumber.ofStored(digits).masked() : text);
            } else {
                args.add(arg);
            }
        }
        return new Message(message.key(), args);
    }

    private ImportReportDocument.Item item(String labelKey, String value) {
        return new ImportReportDocument.Item(texts.text(labelKey), value);
    }
}
