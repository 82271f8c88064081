package id.loket.cli;

import id.loket.wiring.AppContext;
import id.loket.domain.text.Texts;
import id.loket.service.ssn.SsnRecipientsImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket --user NAME import ssn-recipients FILE}: the city's list of SSN recipients. */
@Command(name = "ssn-recipients", mixinStandardHelpOptions = true,
        description = {"Replaces the list of SSN recipients (CSV or XLSX with a NIK column and optionally the card "
                + "number) that the person page shows. All or nothing; every row without a valid NIK is listed "
                + "with its line (NIK masked). Supervisor only (--user NAME before the command); audited.",
                "Exit status 0 when the file was read (even with rejected rows), 1 when it could not be read "
                        + "or has no NIK column, 2 on misuse."})
final class SsnRecipientsCommand implements Callable<Integer> {

    @ParentCommand
    ImportCommand command;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The list: .csv (comma or semicolon) or .xlsx.")
    Path file;

    @Override
    public Integer call() {
        LoketCommand root = command.root;
        Texts texts = root.texts();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = root.openApp()) {
            String actor = root.supervisor(app, spec).username();
            SsnRecipientsImport.Result result = app.ssn().recipients().importFile(file, actor);
            if (!result.completed()) {
                result.why().forEach(why -> err.println(texts.text(why)));
                err.flush();
                return 1;
            }
            out.println(texts.text("ssn.recipients.done", result.fileName(), result.rowsRead(), result.listed(),
                    result.rejected(), result.repeated()));
            for (SsnRecipientsImport.Problem problem : result.problems()) {
                out.println("  " + texts.text("ssn.recipients.row", problem.sheet().map(s -> s + " ").orElse(""),
                        problem.line(), problem.maskedNumber(), texts.text(problem.why())));
            }
            out.flush();
            return 0;
        }
    }
}
