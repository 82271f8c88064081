package id.loket.cli;

import id.loket.service.casework.SocialListImport;
import id.loket.domain.text.Texts;
import id.loket.service.casework.SocialListReport;
import id.loket.service.casework.SocialListResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loket --user NAME import social-list FILE [--report-pdf FILE]}: the Dinas Sosial's desil / PKH
 * list (those households can be served first in the schedule).
 */
@Command(name = "social-list", mixinStandardHelpOptions = true,
        description = {"Flags households from a desil / PKH list (CSV or XLSX) with a NIK or KK number column and "
                + "a desil and/or PKH column. All or nothing; households the list does not name keep their flags; "
                + "every row that flags nothing is listed with its reason. Supervisor only (--user NAME before the "
                + "command); audited.",
                "Exit status 0 when the file was read (even with rejected rows), 1 when it could not be read "
                        + "or its columns were not recognised, 2 on misuse."})
final class SocialListCommand implements Callable<Integer> {

    record Needs(SocialListImport socialLists, SocialListReport report) {
    }

    @Mixin
    SheetImport command;

    @Parameters(index = "0", paramLabel = "FILE", description = "The list: .csv (comma or semicolon) or .xlsx.")
    Path file;

    @Option(names = "--report-pdf", paramLabel = "FILE",
            description = "Writes the A4 report (counts, rows not used with reasons; NIKs masked) as PDF.")
    Path reportPdf;

    @Override
    public Integer call() throws IOException {
        Texts texts = command.texts();
        command.requireFolder(reportPdf);
        PrintWriter out = command.out();
        return command.asSupervisor(CommandWiring.SOCIAL_LIST_IMPORT, (needs, actor) -> {
            SocialListResult result = needs.socialLists().importFile(file, actor);
            SocialListReport report = needs.report();
            out.println(texts.text("social.cli.title", result.fileName()));
            if (!result.completed()) {
                return command.notRead(report.summaryLines(result).stream());
            }
            report.summaryLines(result).forEach(line -> out.println("  " + line));
            if (!result.problems().isEmpty()) {
                out.println(texts.text("social.cli.rejectedHeading"));
                result.problems().forEach(p -> out.println("  " + report.problemLine(p)));
            }
            if (reportPdf != null) {
                byte[] pdf = report.pdf(result, actor);
                Reports.writeBytes(reportPdf, pdf);
                out.println(texts.text("social.cli.reportWritten", reportPdf));
            }
            return command.read();
        });
    }
}
