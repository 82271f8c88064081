package id.loket.cli;

import id.loket.config.KelurahanCatalog;
import id.loket.domain.rtlist.RowProblem;
import id.loket.domain.text.Texts;
import id.loket.service.rtlist.RtListImportReport;
import id.loket.service.rtlist.RtListImportResult;
import id.loket.service.rtlist.RtListImportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loket --user NAME import rt-list FILE [--kelurahan CODE] [--report-csv FILE] [--report-pdf FILE]}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports lists into the database.",
        subcommands = {ImportCommand.RtList.class, SocialListCommand.class, SkmImportCommand.class,
                SsnRecipientsCommand.class})
final class ImportCommand {

    @Command(name = "rt-list", mixinStandardHelpOptions = true,
            description = {"Imports an RT list of heads of household (CSV or XLSX). All or nothing: valid rows are "
                    + "stored, every other row is reported with its reason. Households already stored are updated "
                    + "by KK number and keep their registrations. Supervisor only (--user NAME before the "
                    + "command); audited.",
                    "Exit status 0 when the file was read (even with rejected rows), 1 when it could not be read "
                            + "or its columns were not recognised, 2 on misuse."})
    static final class RtList implements Callable<Integer> {

        record Needs(RtListImportService rtListImport) {
        }

        @Mixin
        SheetImport command;

        @Parameters(index = "0", paramLabel = "FILE", description = "The list: .csv (comma or semicolon) or .xlsx.")
        Path file;

        @Option(names = "--kelurahan", paramLabel = "CODE",
                description = "Kelurahan of the list's RTs, e.g. 64.71.05.1006; the office's kelurahan when omitted.")
        String kelurahan;

        @Option(names = "--report-csv", paramLabel = "FILE",
                description = "Writes the rejected rows with reasons and values (full NIKs) as CSV.")
        Path reportCsv;

        @Option(names = "--report-pdf", paramLabel = "FILE",
                description = "Writes the A4 report (summary, columns used, rejected rows; NIKs masked) as PDF.")
        Path reportPdf;

        @Override
        public Integer call() throws IOException {
            Texts texts = command.texts();
            String code = kelurahanCode();
            command.requireFolder(reportCsv);
            command.requireFolder(reportPdf);
            PrintWriter out = command.out();
            return command.asSupervisor(CommandWiring.RT_LIST_IMPORT, (needs, actor) -> {
                RtListImportResult result = needs.rtListImport().importFile(file, code, actor,
                        RtListImportService.ProgressListener.NONE, new RtListImportService.Cancellation());
                RtListImportReport reports = needs.rtListImport().reports();
                out.println(texts.text("import.summary.title", result.fileName()));
                if (!result.completed()) {
                    return command.notRead(reports.summaryLines(result).stream());
                }
                reports.summaryLines(result).forEach(line -> out.println("  " + line));
                out.println(texts.text("import.summary.mappingHeading"));
                reports.mappingLines(result).forEach(line -> out.println("  " + line));
                if (!result.problems().isEmpty()) {
                    out.println(texts.text("import.summary.rejectedHeading"));
                    for (RowProblem problem : result.problems()) {
                        out.println("  " + reports.problemLine(result, problem));
                    }
                }
                if (reportCsv != null) {
                    Reports.writeCsv(reportCsv, writer -> reports.writeCsv(result, writer));
                    out.println(texts.text("import.summary.reportWritten", reportCsv));
                }
                if (reportPdf != null) {
                    byte[] pdf = reports.pdf(result, actor);
                    Reports.writeBytes(reportPdf, pdf);
                    out.println(texts.text("import.summary.reportWritten", reportPdf));
                }
                return command.read();
            });
        }

        private String kelurahanCode() {
            if (kelurahan == null) {
                return command.root().settings().office().kelurahanCode();
            }
            return KelurahanCatalog.builtIn().find(kelurahan)
                    .map(k -> k.code())
                    .orElseThrow(() -> command.misuse("import.cli.kelurahanUnknown", kelurahan));
        }
    }
}
