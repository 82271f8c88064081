package id.loket.cli;

import id.loket.domain.account.Agent;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.jkk.JkkService;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Mixin {@code --nik NIK --year YEAR}: the pekerja rentan proposal a supervisor acts on, found and
 * its outcome said the same way for every such command.
 */
final class ProposalChoice {

    /** The change made to the proposal found, as the supervisor. */
    interface Work {
        JkkService.Result run(JkkService proposals, Proposal proposal, Agent supervisor);
    }

    @Option(names = "--nik", required = true, paramLabel = "NIK")
    String nik;

    @Option(names = "--year", required = true, paramLabel = "YEAR")
    int year;

    /**
     * Runs the work on the proposal of this NIK and year and says its new status (exit 0); says why
     * there is none or the change was refused (exit 1), or that the NIK is bad (exit 2).
     */
    int act(Supervised command, Work work) {
        LoketCommand root = command.root();
        Texts texts = root.texts();
        PrintWriter err = command.err();
        NikCheck check = root.nikValidator().check(nik);
        if (!check.valid()) {
            JkkCommand.sayInvalid(check, texts, err);
            return 2;
        }
        try (var opened = root.open(CommandWiring.JKK_PROPOSALS)) {
            Agent supervisor = root.supervisor(opened, command.spec);
            JkkService proposals = opened.needs().proposals();
            Optional<Proposal> proposal = proposals.find(year, check.nik().get().digits());
            if (proposal.isEmpty()) {
                err.println(texts.text("jkk.cli.noProposalInYear", check.nik().get().masked(), String.valueOf(year)));
                return 1;
            }
            return report(command, texts, work.run(proposals, proposal.get(), supervisor));
        }
    }

    private static int report(Supervised command, Texts texts, JkkService.Result result) {
        if (result instanceof JkkService.Refused refused) {
            refused.problems().forEach(problem -> command.err().println(texts.text(problem)));
            return 1;
        }
        Proposal now = ((JkkService.Done) result).proposal();
        command.out().println(texts.text("jkk.cli.statusNow", now.maskedNik(),
                String.valueOf(now.year()), texts.text(EnumLabels.key(now.status()))));
        return 0;
    }
}
