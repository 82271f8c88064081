package id.loket.cli;

import id.loket.config.LoketSettings;
import id.loket.domain.text.Texts;
import id.loket.service.security.BackupService;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket --user NAME restore FILE}: puts a backup back, with the kiosk closed. Asks for
 * confirmation; refuses to go back over a database written after the backup unless told so, and a
 * backup that is not a Loket database of this office; keeps the replaced database beside it.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup made by 'backup' (Loket must be closed). Supervisor only; asks to confirm. "
                + "Refuses a file that is not a Loket database of this office with a supervisor account. "
                + "The current database is kept beside it as loket.mv.db.before-restore-<time>.")
final class RestoreCommand implements Callable<Integer> {

    record Needs(BackupService backups) {
    }

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup file, loket-backup-<time>.zip.")
    Path backup;

    @Option(names = "--overwrite-newer", description = "Restore even though the database was written after the backup.")
    boolean overwriteNewer;

    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Override
    public Integer call() {
        Texts texts = root.texts();
        LoketSettings settings = root.settings();
        LocalDateTime madeAt;
        try {
            madeAt = BackupService.madeAt(backup);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.restore.notABackup", backup));
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", texts.locale());
        String actor;
        String office;
        // Opening proves nobody else has the database open, and checks the supervisor's PIN.
        try (var opened = root.open(CommandWiring.RESTORE)) {
            actor = root.supervisor(opened, spec).username();
            office = opened.needs().backups().officeForRestore(settings.office().kelurahanCode());
        }
        Optional<LocalDateTime> written = BackupService.lastWritten(settings.data().dataDir());
        if (written.isPresent() && written.get().isAfter(madeAt) && !overwriteNewer) {
            spec.commandLine().getErr().println(texts.text("cli.restore.newer", when.format(written.get()),
                    when.format(madeAt)));
            return 1;
        }
        if (!yes) {
            String answer = root.input().line(texts.text("cli.restore.confirm", when.format(madeAt)));
            if (answer == null || !answer.strip().equalsIgnoreCase(texts.text("cli.restore.yesWord"))) {
                spec.commandLine().getErr().println(texts.text("cli.restore.cancelled"));
                return 1;
            }
        }
        // A backup that is not a Loket database of this office is refused here, with the reason, and
        // the current database stays as it is.
        Optional<Path> kept = BackupService.restore(backup, settings, office, root.clock());
        try (var opened = root.open(CommandWiring.RESTORE)) {
            opened.needs().backups().recordRestore(actor, backup);
        }
        spec.commandLine().getOut().println(texts.text("cli.restore.done", when.format(madeAt),
                kept.map(Path::toString).orElse("-")));
        return 0;
    }
}
