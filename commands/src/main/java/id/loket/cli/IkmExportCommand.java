package id.loket.cli;

import id.loket.service.skm.IkmReports;
import id.loket.domain.skm.SkmPeriod;
import id.loket.service.office.OfficeReports;
import java.io.IOException;
import java.io.Writer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code loket --user NAME export ikm --from D --to D --format csv|pdf [--out FILE]}: the satisfaction index
 * (IKM) of the days asked, per service and for all services together.
 */
@Command(name = "ikm", mixinStandardHelpOptions = true,
        description = {"The satisfaction index (IKM, PermenPANRB 14/2017) of the days --from to --to (both included): "
                + "CSV scope,respondents,u1..u9,ikm,grade with one row per service code and a row ALL (all responses "
                + "pooled), or the A4 report with the lurah's signature block. Weight exactly 1/9. Counts only. "
                + "Supervisor only (--user NAME before 'export'); audited.",
                "Exit status 0, 2 on misuse (dates the wrong way round)."})
final class IkmExportCommand extends ExportCommand.CsvOrPdfReport<IkmExportCommand.Needs> {

    record Needs(IkmReports ikm) {
    }

    @Mixin
    PeriodOptions period;

    @Override
    public Integer call() throws IOException {
        period.requireOrder(command);
        return super.call();
    }

    @Override
    CommandWiring.Pick<Needs> needs() {
        return CommandWiring.IKM_EXPORT;
    }

    @Override
    void csv(Needs needs, Writer writer, String actor) throws IOException {
        needs.ikm().csv(SkmPeriod.between(period.from, period.to), writer, actor);
    }

    @Override
    OfficeReports.Report pdf(Needs needs, String actor) {
        return needs.ikm().pdf(SkmPeriod.between(period.from, period.to), actor);
    }
}
