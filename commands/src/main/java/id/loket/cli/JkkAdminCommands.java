package id.loket.cli;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.jkk.JkkProposals;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The supervisor's pekerja rentan work without a window: {@code jkk status} moves a proposal along its
 * flow, {@code jkk terminate} ends a cover (Pasal 10), {@code jkk offices} lists Lampiran I and
 * {@code jkk office} changes a row's responsible office. Each is audited under the supervisor's name.
 */
final class JkkAdminCommands {

    private JkkAdminCommands() {
    }

    /** The proposal of a NIK and year, or a line saying why there is none (exit 1) or the NIK is bad (exit 2). */
    private static int withProposal(LoketCommand root, CommandLine.Model.CommandSpec spec, String nik, int year,
                                    ProposalWork work) {
        Texts texts = root.texts();
        PrintWriter err = spec.commandLine().getErr();
        NikCheck check = root.nikValidator().check(nik);
        if (!check.valid()) {
            JkkCommand.sayInvalid(check, texts, err);
            return 2;
        }
        try (AppContext app = root.openApp()) {
            Agent supervisor = root.supervisor(app, spec);
            Optional<Proposal> proposal = app.jkkProposals().find(year, check.nik().get().digits());
            if (proposal.isEmpty()) {
                err.println(texts.text("jkk.cli.noProposalInYear", check.nik().get().masked(), String.valueOf(year)));
                return 1;
            }
            return report(spec, texts, work.run(app.jkkProposals(), proposal.get(), supervisor));
        }
    }

    private static int report(CommandLine.Model.CommandSpec spec, Texts texts, JkkProposals.Result result) {
        if (result instanceof JkkProposals.Refused refused) {
            refused.problems().forEach(problem -> spec.commandLine().getErr().println(texts.text(problem)));
            return 1;
        }
        Proposal now = ((JkkProposals.Done) result).proposal();
        spec.commandLine().getOut().println(texts.text("jkk.cli.statusNow", now.maskedNik(),
                String.valueOf(now.year()), texts.text(EnumLabels.key(now.status()))));
        return 0;
    }

    private interface ProposalWork {
        JkkProposals.Result run(JkkProposals proposals, Proposal proposal, Agent supervisor);
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Moves a person's proposal of a year one step: diverifikasi, dicek-bpjs, ditetapkan, aktif, "
                    + "or ditolak with --reason. Supervisor only (--user NAME before 'jkk'); audited. "
                    + "Exit status 0 changed, 1 refused (the step is not allowed, no such proposal), 2 misuse.")
    static final class Status implements Callable<Integer> {

        @ParentCommand
        JkkCommand jkk;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--nik", required = true, paramLabel = "NIK")
        String nik;

        @Option(names = "--year", required = true, paramLabel = "YEAR")
        int year;

        @Option(names = "--to", required = true, paramLabel = "STATUS",
                description = "diverifikasi, dicek-bpjs, ditetapkan, aktif or ditolak")
        String to;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it was refused (needed for ditolak).")
        String reason;

        @Override
        public Integer call() {
            Optional<ProposalStatus> next = List.of(ProposalStatus.values()).stream()
                    .filter(s -> s != ProposalStatus.DIAJUKAN && s != ProposalStatus.BERHENTI)
                    .filter(s -> s.name().replace('_', '-').equalsIgnoreCase(to.strip())).findFirst();
            if (next.isEmpty()) {
                spec.commandLine().getErr().println(jkk.root.texts().text("jkk.cli.unknownStatus", to));
                return 2;
            }
            return withProposal(jkk.root, spec, nik, year, (proposals, proposal, supervisor) ->
                    proposals.changeStatus(proposal.id(), next.get(), Optional.ofNullable(reason), supervisor));
        }
    }

    @Command(name = "terminate", mixinStandardHelpOptions = true,
            description = "Ends a person's cover for a reason of Pasal 10: died, moved-out, able-to-pay, formal-work. "
                    + "Supervisor only (--user NAME before 'jkk'); audited. Exit status 0, 1 refused, 2 misuse.")
    static final class Terminate implements Callable<Integer> {

        @ParentCommand
        JkkCommand jkk;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--nik", required = true, paramLabel = "NIK")
        String nik;

        @Option(names = "--year", required = true, paramLabel = "YEAR")
        int year;

        @Option(names = "--reason", required = true, paramLabel = "REASON",
                description = "died, moved-out, able-to-pay or formal-work")
        String reason;

        @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "The day the cover ends.")
        LocalDate on;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note, e.g. where the person moved.")
        String note;

        @Override
        public Integer call() {
            Optional<Termination> termination = List.of(Termination.values()).stream()
                    .filter(t -> t.name().replace('_', '-').equalsIgnoreCase(reason.strip())).findFirst();
            if (termination.isEmpty()) {
                spec.commandLine().getErr().println(jkk.root.texts().text("jkk.cli.unknownTermination", reason));
                return 2;
            }
            return withProposal(jkk.root, spec, nik, year, (proposals, proposal, supervisor) ->
                    proposals.terminate(proposal.id(), termination.get(), on, Optional.ofNullable(note), supervisor));
        }
    }

    @Command(name = "offices", mixinStandardHelpOptions = true,
            description = "Lists Lampiran I: each row, its job type letter and the responsible Perangkat Daerah. "
                    + "Supervisor only (--user NAME before 'jkk').")
    static final class Offices implements Callable<Integer> {

        @ParentCommand
        JkkCommand jkk;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext app = jkk.root.openApp()) {
                jkk.root.supervisor(app, spec);
                for (DataOffice row : app.jkkProposals().dataOffices()) {
                    spec.commandLine().getOut().println(row.rowNo() + ". "
                            + row.jobType().map(t -> t.letter() + " ").orElse("- ") + row.jobLabel() + " | "
                            + row.office() + row.extraDocuments().map(extra -> " | " + extra).orElse(""));
                }
                return 0;
            }
        }
    }

    @Command(name = "office", mixinStandardHelpOptions = true,
            description = "Changes the responsible Perangkat Daerah of a Lampiran I row (and the extra documents it "
                    + "asks for, ';' between items). Supervisor only (--user NAME before 'jkk'); audited.")
    static final class Office implements Callable<Integer> {

        @ParentCommand
        JkkCommand jkk;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--row", required = true, paramLabel = "N", description = "The row of Lampiran I, 1-18.")
        int row;

        @Option(names = "--office", required = true, paramLabel = "TEXT", description = "The responsible office.")
        String office;

        @Option(names = "--extra-documents", paramLabel = "TEXT", description = "Documents it asks for; empty for none.")
        String extra;

        @Override
        public Integer call() {
            Texts texts = jkk.root.texts();
            try (AppContext app = jkk.root.openApp()) {
                Agent supervisor = jkk.root.supervisor(app, spec);
                Optional<String> documents = Optional.ofNullable(extra).or(() ->
                        app.jkkProposals().dataOffice(row).flatMap(DataOffice::extraDocuments));
                List<Message> problems = app.jkkProposals().updateDataOffice(row, office, documents, supervisor);
                if (!problems.isEmpty()) {
                    problems.forEach(problem -> spec.commandLine().getErr().println(texts.text(problem)));
                    return 1;
                }
                spec.commandLine().getOut().println(texts.text("jkk.cli.officeChanged", String.valueOf(row),
                        office.strip()));
                return 0;
            }
        }
    }
}
