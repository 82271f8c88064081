package id.loket.cli;

import id.loket.service.security.RetentionPurge;
import id.loket.domain.text.Texts;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket --user NAME purge [--yes]}: removes personal data past security.retention-days. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Removes personal data of registrations older than security.retention-days, keeping the "
                + "anonymous counts, and the kept tickets, receipts and printed PDFs of those days. Supervisor "
                + "only; says what it will remove and asks to confirm.")
final class PurgeCommand implements Callable<Integer> {

    record Needs(RetentionPurge purge) {
    }

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Override
    public Integer call() {
        Texts texts = root.texts();
        try (var opened = root.open(CommandWiring.PURGE)) {
            String actor = root.supervisor(opened, spec).username();
            RetentionPurge purge = opened.needs().purge();
            var due = purge.due();
            spec.commandLine().getOut().println(texts.text("cli.purge.due", due.registrations(), due.households(),
                    purge.retentionDays(), purge.cutoff().toLocalDate().toString(), due.documents()));
            if (due.registrations() == 0 && due.households() == 0 && due.documents() == 0) {
                return 0;
            }
            if (!yes) {
                String answer = root.input().line(texts.text("cli.purge.confirm"));
                if (answer == null || !answer.strip().equalsIgnoreCase(texts.text("cli.restore.yesWord"))) {
                    spec.commandLine().getErr().println(texts.text("cli.purge.cancelled"));
                    return 1;
                }
            }
            var done = purge.purge(actor);
            spec.commandLine().getOut().println(texts.text("cli.purge.done", done.registrations(), done.households(),
                    done.documents()));
            return 0;
        }
    }
}
