package id.loket.cli;

import id.loket.config.SettingsException;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.Failures;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line without the window: every command (serve, imports, exports, accounts, demo data ...)
 * runs with no JavaFX on the class path, because this module has no JavaFX dependency. The app's
 * {@code Main} builds the same command line with its window launcher; tests run commands through
 * {@link #run}.
 */
public final class HeadlessMain {

    private HeadlessMain() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, new PrintWriter(System.out, true), err, ConsoleInput.system(err)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, ConsoleInput.system(err));
    }

    /** Runs a command and returns its exit status; tests call this with their own answers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleInput input) {
        return commandLine(noWindow(err), input, out, err, problem -> { }).execute(args);
    }

    /**
     * The command line with {@code kiosk} opening the window when no command is given; a failed
     * command is told as {@link #failed} tells it.
     */
    public static CommandLine commandLine(LoketCommand.KioskLauncher kiosk, ConsoleInput input, PrintWriter out,
                                          PrintWriter err, Consumer<Message> startProblem) {
        CommandLine commandLine = new CommandLine(new LoketCommand(kiosk, Clock.systemDefaultZone(), input));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> failed(failure, err, startProblem));
        return commandLine;
    }

    /**
     * What the person is told when a command failed; returns the exit status. Said in both languages:
     * settings may be what failed, so the language is unknown. A bad setting is also handed to
     * {@code startProblem}, which the app shows in a window for a person who started the kiosk from a
     * desktop icon.
     */
    public static int failed(Exception failure, PrintWriter err, Consumer<Message> startProblem) {
        if (failure instanceof LoketCommand.SupervisorRefused refused) {
            err.println(refused.getMessage());
            err.flush();
            return 1;
        }
        // Looked up only here: initialising logging up front would delay the kiosk's first window.
        LoggerFactory.getLogger(HeadlessMain.class).error("Command failed", failure);
        Message problem = Failures.describe(failure);
        sayInBothLanguages(err, problem);
        if (failure instanceof SettingsException) {
            startProblem.accept(problem);
            return 2;
        }
        return 1;
    }

    public static void sayInBothLanguages(PrintWriter err, Message problem) {
        err.println(Texts.indonesian().text(problem));
        err.println(Texts.forLocale(Texts.ENGLISH).text(problem));
        err.flush();
    }

    /** Without the app module there is no window to open: say so, and which commands there are. */
    private static LoketCommand.KioskLauncher noWindow(PrintWriter err) {
        return settings -> {
            err.println(Texts.forLocale(settings.ui().language().locale()).text("cli.noWindow"));
            err.flush();
            return 2;
        };
    }
}
