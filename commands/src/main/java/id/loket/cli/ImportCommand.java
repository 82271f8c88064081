package id.loket.cli;

import id.loket.wiring.AppContext;
import id.loket.config.KelurahanCatalog;
import id.loket.domain.rtlist.RowProblem;
import id.loket.domain.text.Texts;
import id.loket.service.RtListImportReport;
import id.loket.service.RtListImportResult;
import id.loket.service.RtListImportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket --user NAME import rt-list FILE [--kelurahan CODE] [--report-csv FILE] [--report-pdf FILE]}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports lists into the database.",
        subcommands = {ImportCommand.RtList.class, SocialListCommand.class, SkmImportCommand.class,
                SsnRecipientsCommand.class})
final class ImportCommand {

    @ParentCommand
    LoketCommand root;

    @Command(name = "rt-list", mixinStandardHelpOptions = true,
            description = {"Imports an RT list of heads of household (CSV or XLSX). All or nothing: valid rows are "
                    + "stored, every other row is reported with its reason. Households already stored are updated "
                    + "by KK number and keep their registrations. Supervisor only (--user NAME before the "
                    + "command); audited.",
                    "Exit status 0 when the file was read (even with rejected rows), 1 when it could not be read "
                            + "or its columns were not recognised, 2 on misuse."})
    static final class RtList implements Callable<Integer> {

        @ParentCommand
        ImportCommand command;

        @Spec
        CommandLine.Model.CommandSpec spec;

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
            LoketCommand root = command.root;
            Texts texts = root.texts();
            String code = kelurahanCode(root, texts);
            Reports.requireFolder(spec, texts, reportCsv);
            Reports.requireFolder(spec, texts, reportPdf);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (AppContext app = root.openApp()) {
                String actor = root.supervisor(app, spec).username();
                RtListImportResult result = app.rtListImport().importFile(file, code, actor,
                        RtListImportService.ProgressListener.NONE, new RtListImportService.Cancellation());
                RtListImportReport reports = app.rtListImport().reports();
                out.println(texts.text("import.summary.title", result.fileName()));
                if (!result.completed()) {
                    reports.summaryLines(result).forEach(err::println);
                    out.flush();
                    err.flush();
                    return 1;
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
                out.flush();
                return 0;
            }
        }

        private String kelurahanCode(LoketCommand root, Texts texts) {
            if (kelurahan == null) {
                return root.settings().office().kelurahanCode();
            }
            return KelurahanCatalog.builtIn().find(kelurahan)
                    .map(k -> k.code())
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                            texts.text("import.cli.kelurahanUnknown", kelurahan)));
        }
    }
}
