package id.loket.cli;

import id.loket.wiring.AppContext;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket --user S export ssn-requests --from D --to D --format csv|xlsx [--out FILE]}. */
@Command(name = "ssn-requests", mixinStandardHelpOptions = true,
        description = {"The SSN card requests (new, lost, damaged card) taken on the days, for Diskominfo, which "
                + "prints the cards: code, time, full NIK, name, request, card number and police letter as given, "
                + "phone, counter, agent. Supervisor only (--user NAME before 'export'); audited.",
                "Exit status 0, 2 on misuse (dates the wrong way round, xlsx without --out)."})
final class SsnRequestsCommand implements Callable<Integer> {

    enum Format { csv, xlsx }

    @ParentCommand
    ExportCommand export;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day, e.g. 2026-06-01.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day, e.g. 2026-06-30.")
    LocalDate to;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or xlsx")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; for csv standard output when omitted, for xlsx required. No other copy is kept.")
    Path out;

    @Override
    public Integer call() throws IOException {
        LoketCommand root = export.root;
        Texts texts = root.texts();
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    texts.text("cli.export.auditBadDates", from.toString(), to.toString()));
        }
        if (format == Format.xlsx && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.ssn.xlsxNeedsOut"));
        }
        Reports.requireFolder(spec, texts, out);
        try (AppContext app = root.openApp()) {
            String actor = root.supervisor(app, spec).username();
            int[] rows = {0};
            if (format == Format.csv) {
                Reports.writeCsv(out, writer -> rows[0] = app.ssn().export().writeCsv(writer, from, to, actor));
            } else {
                Reports.writeAtomically(out, temp -> {
                    try (OutputStream stream = Files.newOutputStream(temp)) {
                        rows[0] = app.ssn().export().writeXlsx(stream, from, to, actor);
                    }
                });
            }
            spec.commandLine().getErr().println(texts.text("cli.ssn.exported", rows[0]));
            return 0;
        }
    }
}
