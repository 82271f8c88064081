package id.loket.cli;

import id.loket.service.security.BackupService;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket --user NAME backup [--to DIR]}: a consistent backup of the database, still encrypted.
 * While the kiosk has the database open it makes its own daily backup (and one on request from the
 * office screen); this command is for a closed kiosk, or a LAN server's URL.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes an encrypted, consistent backup (zip) into the backup folder or --to DIR. Supervisor only.")
final class BackupCommand implements Callable<Integer> {

    /** The backups, and the key file the person is reminded to keep apart from them. */
    record Needs(BackupService backups, Path keyFile) {
    }

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", description = "Folder for this backup (default: backup.dir).")
    Path to;

    @Override
    public Integer call() {
        try (var opened = root.open(CommandWiring.BACKUP)) {
            String actor = root.supervisor(opened, spec).username();
            var backup = opened.needs().backups().backupNow(actor, Optional.ofNullable(to));
            spec.commandLine().getOut().println(root.texts().text("cli.backup.done", backup.toString(),
                    opened.needs().keyFile().toString()));
            return 0;
        }
    }
}
