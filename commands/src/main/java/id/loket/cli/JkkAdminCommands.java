package id.loket.cli;

import id.loket.service.jkk.JkkService;
import id.loket.domain.account.Agent;
import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The supervisor's pekerja rentan work without a window: {@code jkk status} moves a proposal along its
 * flow, {@code jkk terminate} ends a cover (Pasal 10), {@code jkk offices} lists Lampiran I and
 * {@code jkk office} changes a row's responsible office. Each is audited under the supervisor's name.
 */
final class JkkAdminCommands {

    private JkkAdminCommands() {
    }

    /** The proposals, for these commands and the status changes (ProposalChoice). */
    record Needs(JkkService proposals) {
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Moves a person's proposal of a year one step: diverifikasi, dicek-bpjs, ditetapkan, aktif, "
                    + "or ditolak with --reason. Supervisor only (--user NAME before 'jkk'); audited. "
                    + "Exit status 0 changed, 1 refused (the step is not allowed, no such proposal), 2 misuse.")
    static final class Status implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Mixin
        ProposalChoice choice;

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
                command.err().println(command.texts().text("jkk.cli.unknownStatus", to));
                return 2;
            }
            return choice.act(command, (proposals, proposal, supervisor) ->
                    proposals.changeStatus(proposal.id(), next.get(), Optional.ofNullable(reason), supervisor));
        }
    }

    @Command(name = "terminate", mixinStandardHelpOptions = true,
            description = "Ends a person's cover for a reason of Pasal 10: died, moved-out, able-to-pay, formal-work. "
                    + "Supervisor only (--user NAME before 'jkk'); audited. Exit status 0, 1 refused, 2 misuse.")
    static final class Terminate implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Mixin
        ProposalChoice choice;

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
                command.err().println(command.texts().text("jkk.cli.unknownTermination", reason));
                return 2;
            }
            return choice.act(command, (proposals, proposal, supervisor) ->
                    proposals.terminate(proposal.id(), termination.get(), on, Optional.ofNullable(note), supervisor));
        }
    }

    @Command(name = "offices", mixinStandardHelpOptions = true,
            description = "Lists Lampiran I: each row, its job type letter and the responsible Perangkat Daerah. "
                    + "Supervisor only (--user NAME before 'jkk').")
    static final class Offices implements Callable<Integer> {

        @Mixin
        Supervised command;

        @Override
        public Integer call() {
            try (var opened = command.root().open(CommandWiring.JKK_PROPOSALS)) {
                command.root().supervisor(opened, command.spec);
                for (DataOffice row : opened.needs().proposals().dataOffices()) {
                    command.out().println(row.rowNo() + ". "
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

        @Mixin
        Supervised command;

        @Option(names = "--row", required = true, paramLabel = "N", description = "The row of Lampiran I, 1-18.")
        int row;

        @Option(names = "--office", required = true, paramLabel = "TEXT", description = "The responsible office.")
        String office;

        @Option(names = "--extra-documents", paramLabel = "TEXT", description = "Documents it asks for; empty for none.")
        String extra;

        @Override
        public Integer call() {
            Texts texts = command.texts();
            try (var opened = command.root().open(CommandWiring.JKK_PROPOSALS)) {
                Agent supervisor = command.root().supervisor(opened, command.spec);
                JkkService proposals = opened.needs().proposals();
                Optional<String> documents = Optional.ofNullable(extra).or(() ->
                        proposals.dataOffice(row).flatMap(DataOffice::extraDocuments));
                List<Message> problems = proposals.updateDataOffice(row, office, documents, supervisor);
                if (!problems.isEmpty()) {
                    problems.forEach(problem -> command.err().println(texts.text(problem)));
                    return 1;
                }
                command.out().println(texts.text("jkk.cli.officeChanged", String.valueOf(row),
                        office.strip()));
                return 0;
            }
        }
    }
}
