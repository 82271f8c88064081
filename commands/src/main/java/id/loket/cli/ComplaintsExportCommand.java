package id.loket.cli;

import id.loket.wiring.AppContext;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket --user S export complaints --from D --to D --format csv|pdf [--out FILE]}. */
@Command(name = "complaints", mixinStandardHelpOptions = true,
        description = {"The complaints and suggestions received on the days --from to --to (both included), counted "
                + "for SKM element 8 (Penanganan Pengaduan): the A4 report for the lurah to sign, or CSV with one row "
                + "per complaint (" + id.loket.service.complaint.ComplaintReport.CSV_HEADER + "). Neither holds what a "
                + "resident said or their contact. Supervisor only (--user NAME before 'export'); audited.",
                "Exit status 0, 2 on misuse (dates the wrong way round)."})
final class ComplaintsExportCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand export;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day, e.g. 2026-06-01.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day, e.g. 2026-06-30.")
    LocalDate to;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or pdf")
    ExportCommand.ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file; for csv standard output when omitted, "
            + "for pdf the report's own name in the current folder. No other copy is kept.")
    Path out;

    @Override
    public Integer call() throws IOException {
        LoketCommand root = export.root;
        Texts texts = root.texts();
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    texts.text("cli.export.auditBadDates", from.toString(), to.toString()));
        }
        Reports.requireFolder(spec, texts, out);
        try (AppContext app = root.openApp()) {
            String actor = root.supervisor(app, spec).username();
            if (format == ExportCommand.ReportFormat.csv) {
                int[] rows = {0};
                Reports.writeCsv(out, writer -> rows[0] = app.complaintReport().writeCsv(from, to, writer, actor));
                spec.commandLine().getErr().println(texts.text("cli.export.done", rows[0]));
            } else {
                Reports.writePdf(spec, texts, app.complaintReport().pdf(from, to, actor), out);
            }
            return 0;
        }
    }
}
