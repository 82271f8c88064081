package id.loket.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Mixin {@code --from D --to D}: the days of a supervisor's export, both included. */
final class PeriodOptions {

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day, e.g. 2026-06-01.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day, e.g. 2026-06-30.")
    LocalDate to;

    /** Dates the wrong way round are misuse, said before the database is opened. */
    void requireOrder(Supervised command) {
        if (to.isBefore(from)) {
            throw command.misuse("cli.export.auditBadDates", from.toString(), to.toString());
        }
    }
}
