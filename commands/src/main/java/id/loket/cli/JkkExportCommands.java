package id.loket.cli;

import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.text.Texts;
import id.loket.service.jkk.JkkDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The pekerja rentan exports: {@code export jkk-proposals}, {@code export jkk-form}, {@code export jkk-list}. */
final class JkkExportCommands {

    enum Format { csv, xlsx }

    private JkkExportCommands() {
    }

    record Needs(JkkDocuments documents) {
    }

    @Command(name = "jkk-proposals", mixinStandardHelpOptions = true,
            description = "A year's pekerja rentan proposals for the responsible offices, priority first, as CSV or an "
                    + "Excel workbook. Holds full NIKs. Supervisor only (--user NAME before 'export'); audited.")
    static final class Proposals implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year proposed, e.g. 2026.")
        int year;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or xlsx")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; for csv standard output when "
                + "omitted, for xlsx usulan-pekerja-rentan-YEAR.xlsx in the current folder.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Texts texts = command.texts();
            command.requireFolder(out);
            return command.asSupervisor(CommandWiring.JKK_DOCUMENTS, (needs, actor) -> {
                JkkDocuments documents = needs.documents();
                int rows;
                if (format == Format.csv) {
                    rows = Reports.writeCsvRows(out, writer -> documents.writeCsv(year, writer, actor));
                } else {
                    Path where = (out != null ? out : Path.of("usulan-pekerja-rentan-" + year + ".xlsx")).toAbsolutePath();
                    rows = Reports.writeFileRows(where, stream -> documents.writeXlsx(year, stream, actor));
                    command.out().println(texts.text("jkk.cli.saved", where.toString()));
                }
                command.err().println(texts.text("cli.export.done", rows));
                return 0;
            });
        }
    }

    @Command(name = "jkk-form", mixinStandardHelpOptions = true,
            description = "The Lampiran II proposal form (A4 PDF) of a person's latest pekerja rentan proposal, filled "
                    + "in, to print again. Holds the full NIK. Supervisor only (--user NAME before 'export'); audited. "
                    + "Exit status 1 when the person has no proposal.")
    static final class Form implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Option(names = "--nik", required = true, paramLabel = "NIK", description = "The person's NIK.")
        String nik;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; usulan-pekerja-rentan-<number>.pdf "
                + "in the current folder when omitted. No other copy is kept.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Texts texts = command.texts();
            NikCheck check = command.root().nikValidator().check(nik);
            if (!check.valid()) {
                JkkCommand.sayInvalid(check, texts, command.err());
                return 2;
            }
            command.requireFolder(out);
            return command.asSupervisor(CommandWiring.JKK_DOCUMENTS, (needs, actor) -> {
                Optional<Proposal> proposal = needs.documents().latestOf(check.nik().get().digits());
                if (proposal.isEmpty()) {
                    command.err().println(texts.text("jkk.cli.noProposal", check.nik().get().masked()));
                    return 1;
                }
                Path where = (out != null ? out : Path.of("usulan-pekerja-rentan-"
                        + JkkDocuments.number(proposal.get()).replace('/', '-') + ".pdf")).toAbsolutePath();
                Reports.writeBytes(where, needs.documents().form(proposal.get(), actor));
                command.out().println(texts.text("cli.export.pdf", where.toString()));
                return 0;
            });
        }
    }

    @Command(name = "jkk-list", mixinStandardHelpOptions = true,
            description = "A4 PDF list of a year's pekerja rentan proposals of one job type, priority first, NIK masked, "
                    + "for the responsible office. Supervisor only (--user NAME before 'export'); audited.")
    static final class JobList implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year proposed, e.g. 2026.")
        int year;

        @Option(names = "--job", required = true, paramLabel = "LETTER", description = "The job type: a-o or its name.")
        String job;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; usulan-pekerja-rentan-YEAR-LETTER.pdf "
                + "in the current folder when omitted.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Texts texts = command.texts();
            Optional<JobType> type = JobType.fromInput(job);
            if (type.isEmpty()) {
                command.err().println(texts.text("jkk.cli.unknownJob", job));
                return 2;
            }
            command.requireFolder(out);
            return command.asSupervisor(CommandWiring.JKK_DOCUMENTS, (needs, actor) -> {
                Path where = (out != null ? out : Path.of("usulan-pekerja-rentan-" + year + "-" + type.get().letter()
                        + ".pdf")).toAbsolutePath();
                Reports.writeBytes(where, needs.documents().list(year, type.get(), actor));
                command.out().println(texts.text("cli.export.pdf", where.toString()));
                return 0;
            });
        }
    }
}
