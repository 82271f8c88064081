package id.loket.cli;

import id.loket.service.complaint.ComplaintReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code loket --user S export complaints --from D --to D --format csv|pdf [--out FILE]}. */
@Command(name = "complaints", mixinStandardHelpOptions = true,
        description = {"The complaints and suggestions received on the days --from to --to (both included), counted "
                + "for SKM element 8 (Penanganan Pengaduan): the A4 report for the lurah to sign, or CSV with one row "
                + "per complaint (" + id.loket.service.complaint.ComplaintReport.CSV_HEADER + "). Neither holds what a "
                + "resident said or their contact. Supervisor only (--user NAME before 'export'); audited.",
                "Exit status 0, 2 on misuse (dates the wrong way round)."})
final class ComplaintsExportCommand implements Callable<Integer> {

    record Needs(ComplaintReport complaintReport) {
    }

    @Mixin
    Supervised command;

    @Mixin
    PeriodOptions period;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or pdf")
    ExportCommand.ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file; for csv standard output when omitted, "
            + "for pdf the report's own name in the current folder. No other copy is kept.")
    Path out;

    @Override
    public Integer call() throws IOException {
        period.requireOrder(command);
        command.requireFolder(out);
        LocalDate from = period.from;
        LocalDate to = period.to;
        return command.asSupervisor(CommandWiring.COMPLAINTS_EXPORT, (needs, actor) -> {
            if (format == ExportCommand.ReportFormat.csv) {
                int rows = Reports.writeCsvRows(out,
                        writer -> needs.complaintReport().writeCsv(from, to, writer, actor));
                command.err().println(command.texts().text("cli.export.done", rows));
            } else {
                command.writePdf(needs.complaintReport().pdf(from, to, actor), out);
            }
            return 0;
        });
    }
}
