package id.loket.app;

import id.loket.cli.ConsoleInput;
import id.loket.cli.LoketCommand;
import id.loket.domain.text.Texts;
import id.loket.service.Failures;
import java.io.PrintWriter;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The entry point of {@code ./loket}. Kept free of JavaFX types so that the command line runs on a
 * machine without a display, and so that JavaFX can start from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (LoketCommand.isKioskStart(args)) {
            EarlyToolkit.start();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, ConsoleInput.system(err));
    }

    /** Runs the command line and returns its exit status; tests call this with their own answers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleInput input) {
        CommandLine commandLine = new CommandLine(
                new LoketCommand(KioskLauncherImpl::launch, Clock.systemDefaultZone(), input));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            if (failure instanceof LoketCommand.SupervisorRefused refused) {
                err.println(refused.getMessage());
                err.flush();
                return 1;
            }
            // Settings may be the thing that failed, so the language is unknown: say it in both.
            // Looked up only here: initialising logging up front would delay the kiosk's first window.
            LoggerFactory.getLogger(Main.class).error("Command failed", failure);
            Texts indonesian = Texts.indonesian();
            Texts english = Texts.forLocale(Texts.ENGLISH);
            err.println(indonesian.text(Failures.describe(failure)));
            err.println(english.text(Failures.describe(failure)));
            err.flush();
            return failure instanceof id.loket.config.SettingsException ? 2 : 1;
        });
        return commandLine.execute(args);
    }
}
