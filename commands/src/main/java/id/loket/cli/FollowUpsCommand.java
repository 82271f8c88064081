package id.loket.cli;

import id.loket.service.casework.FollowUpList;
import id.loket.domain.household.RtRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket --user S export follow-ups [--rt RT --rw RW] [--format pdf|csv] [--out FILE]}. */
@Command(name = "follow-ups", mixinStandardHelpOptions = true,
        description = {"Registrations that failed or need a follow-up, per RT: what is needed, the head of household "
                + "(NIK masked), the date. A4 PDF with a place to sign for the ketua RT (one RT) or the office "
                + "(all RTs), or CSV. Supervisor only; audited.",
                "Exit status 0, 2 on misuse (a bad RT)."})
final class FollowUpsCommand implements Callable<Integer> {

    record Needs(FollowUpList followUps) {
    }

    @ParentCommand
    ExportCommand export;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** One RT; all RTs when omitted. */
    @CommandLine.Mixin
    RtOptions rt;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf", description = "pdf (default) or csv")
    ExportCommand.ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; when omitted, for pdf the sheet's own name in the current folder, for csv "
                    + "standard output. No other copy is kept.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Optional<RtRef> chosen = rt.chosen(spec, export.root.texts());
        try (var opened = export.root.open(CommandWiring.FOLLOW_UPS)) {
            String actor = export.root.supervisor(opened, spec).username();
            FollowUpList followUps = opened.needs().followUps();
            if (format == ExportCommand.ReportFormat.csv) {
                int[] rows = {0};
                Reports.writeCsv(out, writer -> rows[0] = followUps.writeCsv(chosen, writer, actor));
                spec.commandLine().getErr().println(export.root.texts().text("cli.export.done", rows[0]));
            } else {
                Reports.writePdf(spec, export.root.texts(), followUps.sheet(chosen, actor), out);
            }
            return 0;
        }
    }
}
