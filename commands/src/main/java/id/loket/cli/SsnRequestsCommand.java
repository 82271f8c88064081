package id.loket.cli;

import id.loket.service.ssn.SsnRequestExport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code loket --user S export ssn-requests --from D --to D --format csv|xlsx [--out FILE]}. */
@Command(name = "ssn-requests", mixinStandardHelpOptions = true,
        description = {"The SSN card requests (new, lost, damaged card) taken on the days, for Diskominfo, which "
                + "prints the cards: code, time, full NIK, name, request, card number and police letter as given, "
                + "phone, counter, agent. Supervisor only (--user NAME before 'export'); audited.",
                "Exit status 0, 2 on misuse (dates the wrong way round, xlsx without --out)."})
final class SsnRequestsCommand implements Callable<Integer> {

    record Needs(SsnRequestExport export) {
    }

    enum Format { csv, xlsx }

    @Mixin
    Supervised command;

    @Mixin
    PeriodOptions period;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or xlsx")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; for csv standard output when omitted, for xlsx required. No other copy is kept.")
    Path out;

    @Override
    public Integer call() throws IOException {
        period.requireOrder(command);
        if (format == Format.xlsx && out == null) {
            throw command.misuse("cli.ssn.xlsxNeedsOut");
        }
        command.requireFolder(out);
        LocalDate from = period.from;
        LocalDate to = period.to;
        return command.asSupervisor(CommandWiring.SSN_REQUESTS, (needs, actor) -> {
            int rows = format == Format.csv
                    ? Reports.writeCsvRows(out, writer -> needs.export().writeCsv(writer, from, to, actor))
                    : Reports.writeFileRows(out, stream -> needs.export().writeXlsx(stream, from, to, actor));
            command.err().println(command.texts().text("cli.ssn.exported", rows));
            return 0;
        });
    }
}
