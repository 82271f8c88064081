package id.loket.app;

import id.loket.cli.ConsoleInput;
import id.loket.cli.LoketCommand;
import id.loket.config.SettingsException;
import id.loket.config.SettingsLoader;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.Failures;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
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
        boolean kioskStart = LoketCommand.isKioskStart(args);
        if (kioskStart) {
            EarlyToolkit.start();
        }
        PrintWriter err = new PrintWriter(System.err, true);
        // A person who started the kiosk from a desktop icon sees no terminal: a bad setting is shown in
        // a window too. Commands stay on the terminal.
        Consumer<Message> startProblem = kioskStart ? KioskLauncherImpl::showStartProblem : problem -> { };
        Optional<KioskArguments> kiosk = kioskStart ? KioskArguments.read(args) : Optional.empty();
        System.exit(kiosk.isPresent() ? startKiosk(kiosk.get(), err, startProblem)
                : run(args, new PrintWriter(System.out, true), err, ConsoleInput.system(err), startProblem));
    }

    /** The kiosk, started without picocli's model of the command line (see {@link KioskArguments}). */
    private static int startKiosk(KioskArguments kiosk, PrintWriter err, Consumer<Message> startProblem) {
        try {
            return KioskLauncherImpl.launch(SettingsLoader.load(kiosk.configFile(), kiosk.overrides()));
        } catch (RuntimeException failure) {
            return failed(failure, err, startProblem);
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, ConsoleInput.system(err));
    }

    /** Runs the command line and returns its exit status; tests call this with their own answers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleInput input) {
        return run(args, out, err, input, problem -> { });
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleInput input,
                           Consumer<Message> startProblem) {
        CommandLine commandLine = new CommandLine(
                new LoketCommand(KioskLauncherImpl::launch, Clock.systemDefaultZone(), input));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> failed(failure, err, startProblem));
        return commandLine.execute(args);
    }

    /** What the person is told when a command or the kiosk start failed; returns the exit status. */
    private static int failed(Exception failure, PrintWriter err, Consumer<Message> startProblem) {
        if (failure instanceof LoketCommand.SupervisorRefused refused) {
            err.println(refused.getMessage());
            err.flush();
            return 1;
        }
        if (failure instanceof ToolkitUnavailable toolkit) {
            // JavaFX's own stack trace helps no one at the PC: the log gets one line, the person the remedy.
            LoggerFactory.getLogger(Main.class).warn("{}", toolkit.getMessage());
            sayInBothLanguages(err, toolkit.problem());
            return 1;
        }
        // Settings may be the thing that failed, so the language is unknown: say it in both.
        // Looked up only here: initialising logging up front would delay the kiosk's first window.
        LoggerFactory.getLogger(Main.class).error("Command failed", failure);
        Message problem = Failures.describe(failure);
        sayInBothLanguages(err, problem);
        if (failure instanceof SettingsException) {
            startProblem.accept(problem);
            return 2;
        }
        return 1;
    }

    private static void sayInBothLanguages(PrintWriter err, Message problem) {
        err.println(Texts.indonesian().text(problem));
        err.println(Texts.forLocale(Texts.ENGLISH).text(problem));
        err.flush();
    }
}
