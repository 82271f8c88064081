package id.loket.cli;

import id.loket.service.skm.SkmImport;
import id.loket.domain.text.Texts;
import id.loket.service.skm.SkmImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code loket --user NAME import skm FILE}: paper SKM questionnaires typed into a sheet. */
@Command(name = "skm", mixinStandardHelpOptions = true,
        description = {"Imports paper satisfaction-survey (SKM) questionnaires from a sheet (CSV or XLSX) with the "
                + "columns tanggal,layanan,u1..u9 (each answer 1 to 4; the service by its code, ticket letter or "
                + "name). Good rows are kept; every other row is listed by line with its reason. Supervisor only "
                + "(--user NAME before the command); audited.",
                "Exit status 0 when the file was read (even with rejected rows), 1 when it could not be read or "
                        + "its columns were not recognised, 2 on misuse."})
final class SkmImportCommand implements Callable<Integer> {

    record Needs(SkmImport imports) {
    }

    @Mixin
    SheetImport command;

    @Parameters(index = "0", paramLabel = "FILE", description = "The sheet: .csv (comma or semicolon) or .xlsx.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Texts texts = command.texts();
        PrintWriter out = command.out();
        return command.asSupervisor(CommandWiring.SKM_IMPORT, (needs, actor) -> {
            SkmImportResult result = needs.imports().importFile(file, actor);
            out.println(texts.text("skm.cli.title", result.fileName()));
            if (!result.completed()) {
                return command.notRead(result.why().stream().map(texts::text));
            }
            out.println("  " + texts.text("skm.cli.counts", result.read(), result.kept(), result.rejected()));
            if (!result.problems().isEmpty()) {
                out.println(texts.text("skm.cli.rejectedHeading"));
                for (SkmImportResult.Problem problem : result.problems()) {
                    String reasons = problem.reasons().stream().map(texts::text).collect(Collectors.joining("; "));
                    out.println("  " + problem.sheet().map(sheet -> texts.text("skm.cli.rowInSheet", sheet,
                            problem.line(), reasons)).orElseGet(() -> texts.text("skm.cli.row", problem.line(), reasons)));
                }
                if (result.rejected() > result.problems().size()) {
                    out.println("  " + texts.text("skm.cli.moreRejected", result.rejected() - result.problems().size()));
                }
            }
            return command.read();
        });
    }
}
