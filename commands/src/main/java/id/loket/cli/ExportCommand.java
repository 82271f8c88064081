package id.loket.cli;

import id.loket.service.schedule.ScheduleCsvExport;
import id.loket.service.office.HouseholdCsvExport;
import id.loket.service.security.AuditTrail;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import id.loket.service.schedule.NoPlanException;
import id.loket.service.office.OfficeReports;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code loket [--user NAME] export households|progress|checklist|asn|schedule|follow-ups|fairness|audit|complaints ...}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports data for the office.",
        subcommands = {ExportCommand.Households.class, ExportCommand.Progress.class, ExportCommand.Checklist.class,
                ExportCommand.Asn.class, ExportCommand.Schedule.class, FollowUpsCommand.class,
                ExportCommand.Fairness.class, ExportCommand.AuditEvents.class, DailyFileCommand.class,
                OfficeKeyCommand.class, IkmExportCommand.class, SsnRequestsCommand.class,
                ComplaintsExportCommand.class,
                JkkExportCommands.Proposals.class, JkkExportCommands.Form.class, JkkExportCommands.JobList.class})
final class ExportCommand {

    enum Format { csv }

    enum ReportFormat { csv, pdf }

    @ParentCommand
    LoketCommand root;

    /** The office's reports, for the report commands below. */
    record ReportNeeds(OfficeReports reports) {
    }

    @Command(name = "households", mixinStandardHelpOptions = true,
            description = "One row per household: kk_number,head_nik,head_name,rt,rw,registered. Holds full NIKs. "
                    + "Supervisor only (--user NAME before 'export'); audited.")
    static final class Households implements Callable<Integer> {

        record Needs(HouseholdCsvExport householdExport) {
        }

        @Mixin
        Supervised command;

        @Mixin
        CsvOutput csv;

        @Override
        public Integer call() throws IOException {
            return command.asSupervisor(CommandWiring.HOUSEHOLD_EXPORT, (needs, actor) -> {
                int rows = Reports.writeCsvRows(csv.out, writer -> needs.householdExport().write(writer, actor));
                command.err().println(command.texts().text("cli.export.done", rows));
                return 0;
            });
        }
    }

    /**
     * A report that comes as CSV or PDF: the supervisor's sign-in, then one or the other. The two
     * report commands below differ only in what they write.
     */
    abstract static class CsvOrPdfReport<N> implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or pdf")
        ReportFormat format;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; for csv standard output when omitted, "
                + "for pdf the report's own name in the current folder. No other copy is kept.")
        Path out;

        /** What the report needs from the application. */
        abstract CommandWiring.Pick<N> needs();

        abstract void csv(N needs, Writer writer, String actor) throws IOException;

        abstract OfficeReports.Report pdf(N needs, String actor);

        @Override
        public Integer call() throws IOException {
            return command.asSupervisor(needs(), (needs, actor) -> {
                if (format == ReportFormat.csv) {
                    Reports.writeCsv(out, writer -> csv(needs, writer, actor));
                } else {
                    command.writePdf(pdf(needs, actor), out);
                }
                return 0;
            });
        }
    }

    /** {@code loket export progress --format csv|pdf [--out FILE]}: per RT (CSV) or the one-page summary (PDF). */
    @Command(name = "progress", mixinStandardHelpOptions = true,
            description = "Registration progress for the camat and wali kota: per-RT CSV, or the one-page daily "
                    + "summary PDF. Counts only, no personal data. Supervisor only (--user NAME before 'export'); "
                    + "audited.")
    static final class Progress extends CsvOrPdfReport<ReportNeeds> {

        @Override
        CommandWiring.Pick<ReportNeeds> needs() {
            return CommandWiring.OFFICE_REPORTS;
        }

        @Override
        void csv(ReportNeeds needs, Writer writer, String actor) throws IOException {
            needs.reports().progressCsv(writer, actor);
        }

        @Override
        OfficeReports.Report pdf(ReportNeeds needs, String actor) {
            return needs.reports().dailySummary(actor);
        }
    }

    /** {@code loket export checklist --rt RT --rw RW [--out FILE]}: the ketua RT's list of households still to come. */
    @Command(name = "checklist", mixinStandardHelpOptions = true,
            description = "A4 PDF for the ketua RT: households of one RT not yet registered, with a tick column. "
                    + "Supervisor only (--user NAME before 'export'); audited.")
    static final class Checklist implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Mixin
        RtOptions rt;

        @Mixin
        PdfOutput pdf;

        @Override
        public Integer call() throws IOException {
            RtRef ref = rt.required(command.spec, command.texts());
            return command.asSupervisor(CommandWiring.OFFICE_REPORTS, (needs, actor) -> {
                command.writePdf(needs.reports().checklist(ref, actor), pdf.out);
                return 0;
            });
        }
    }

    /** {@code loket export asn --format csv|pdf [--out FILE]}: ASN households per Perangkat Daerah. */
    @Command(name = "asn", mixinStandardHelpOptions = true,
            description = "ASN households per Perangkat Daerah, registered or not (CSV or PDF). Supervisor only "
                    + "(--user NAME before 'export'); audited.")
    static final class Asn extends CsvOrPdfReport<ReportNeeds> {

        @Override
        CommandWiring.Pick<ReportNeeds> needs() {
            return CommandWiring.OFFICE_REPORTS;
        }

        @Override
        void csv(ReportNeeds needs, Writer writer, String actor) throws IOException {
            needs.reports().asnCsv(writer, actor);
        }

        @Override
        OfficeReports.Report pdf(ReportNeeds needs, String actor) {
            return needs.reports().asn(actor);
        }
    }

    /** {@code loket export schedule --format csv [--out FILE]}: the schedule in force, one row per RT part. */
    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = {"The schedule in force, one row per RT part: "
                    + "date,session,rt,rw,households,kind,part,parts,first_position,last_position. Counts per RT, "
                    + "no personal data: needs no --user.",
                    "Exit status 0, or 1 when no schedule was made yet."})
    static final class Schedule implements Callable<Integer> {

        record Needs(ScheduleCsvExport csv) {
        }

        /** Used for its words and output only: the schedule holds counts per RT, so no sign-in is asked. */
        @Mixin
        Supervised command;

        @Mixin
        CsvOutput csv;

        @Override
        public Integer call() throws IOException {
            Texts texts = command.texts();
            try (var opened = command.root().open(CommandWiring.SCHEDULE_EXPORT)) {
                int rows = Reports.writeCsvRows(csv.out, writer -> opened.needs().csv().write(writer));
                command.err().println(texts.text("schedule.cli.exported", rows));
                return 0;
            } catch (NoPlanException e) {
                command.err().println(texts.text("schedule.cli.noPlan"));
                return 1;
            }
        }
    }

    /** {@code loket export fairness --day YYYY-MM-DD [--out FILE]}: the queue's daily fairness sheet. */
    @Command(name = "fairness", mixinStandardHelpOptions = true,
            description = "A4 PDF of a day's queue: issued, served, no-shows, wait (average and maximum) per lane, "
                    + "service and counter, and the priority share. Counts only. Supervisor only (--user NAME before "
                    + "'export'); audited.")
    static final class Fairness implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Option(names = "--day", required = true, paramLabel = "YYYY-MM-DD", description = "The day, e.g. 2026-06-04.")
        java.time.LocalDate day;

        @Mixin
        PdfOutput pdf;

        @Override
        public Integer call() throws IOException {
            return command.asSupervisor(CommandWiring.OFFICE_REPORTS, (needs, actor) -> {
                command.writePdf(needs.reports().fairness(day, actor), pdf.out);
                return 0;
            });
        }
    }

    /**
     * {@code loket --user NAME export audit --from D --to D [--format csv] [--out FILE]}: who read or
     * changed what, and when, over the days asked, for a breach notice within 3x24 hours (UU 27/2022
     * Pasal 46). The same CSV as the office screen's export; the export is itself recorded.
     */
    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = {"The audit trail of the days --from to --to (both included), oldest first: "
                    + "at,actor,action,entity,entity_id,detail. For a breach notice (UU 27/2022 Pasal 46). Numbers "
                    + "of 16 digits are masked. Supervisor only (--user NAME before 'export'); audited.",
                    "Exit status 0, 2 on misuse (dates the wrong way round)."})
    static final class AuditEvents implements Callable<Integer> {

        record Needs(AuditTrail auditTrail) {
        }

        @Mixin
        Supervised command;

        @Mixin
        PeriodOptions period;

        // Not CsvOutput: --format may be left out here (the trail has one form only), so a breach notice
        // under time pressure needs one option less; the other CSV exports have always asked for it.
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (the default)")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; standard output when omitted.")
        Path out;

        @Override
        public Integer call() throws IOException {
            period.requireOrder(command);
            return command.asSupervisor(CommandWiring.AUDIT_EXPORT, (needs, actor) -> {
                int rows = Reports.writeCsvRows(out,
                        writer -> needs.auditTrail().exportCsv(writer, period.from, period.to, actor));
                command.err().println(command.texts().text("cli.export.auditDone", rows));
                return 0;
            });
        }
    }
}
