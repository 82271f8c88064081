package id.loket.cli;

import id.loket.domain.text.Texts;
import id.loket.service.ssn.SsnRecipientsImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code loket --user NAME import ssn-recipients FILE}: the city's list of SSN recipients. */
@Command(name = "ssn-recipients", mixinStandardHelpOptions = true,
        description = {"Replaces the list of SSN recipients (CSV or XLSX with a NIK column and optionally the card "
                + "number) that the person page shows. All or nothing; every row without a valid NIK is listed "
                + "with its line (NIK masked). Supervisor only (--user NAME before the command); audited.",
                "Exit status 0 when the file was read (even with rejected rows), 1 when it could not be read "
                        + "or has no NIK column, 2 on misuse."})
final class SsnRecipientsCommand implements Callable<Integer> {

    record Needs(SsnRecipientsImport recipients) {
    }

    @Mixin
    SheetImport command;

    @Parameters(index = "0", paramLabel = "FILE", description = "The list: .csv (comma or semicolon) or .xlsx.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Texts texts = command.texts();
        PrintWriter out = command.out();
        return command.asSupervisor(CommandWiring.SSN_RECIPIENTS, (needs, actor) -> {
            SsnRecipientsImport.Result result = needs.recipients().importFile(file, actor);
            // No title line before the outcome, unlike the other imports: the one summary line names the file.
            if (!result.completed()) {
                return command.notRead(result.why().stream().map(texts::text));
            }
            out.println(texts.text("ssn.recipients.done", result.fileName(), result.rowsRead(), result.listed(),
                    result.rejected(), result.repeated()));
            for (SsnRecipientsImport.Problem problem : result.problems()) {
                out.println("  " + texts.text("ssn.recipients.row", problem.sheet().map(s -> s + " ").orElse(""),
                        problem.line(), problem.maskedNumber(), texts.text(problem.why())));
            }
            return command.read();
        });
    }
}
