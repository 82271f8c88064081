package id.loket.app;

import id.loket.cli.ConsoleInput;
import id.loket.cli.HeadlessMain;
import id.loket.cli.LoketCommand;
import id.loket.domain.text.Message;
import java.io.PrintWriter;
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
        System.exit(run(args, new PrintWriter(System.out, true), err, ConsoleInput.system(err), startProblem));
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
        CommandLine commandLine = HeadlessMain.commandLine(KioskLauncherImpl::launch, input, out, err, startProblem);
        CommandLine.IExecutionExceptionHandler commands = commandLine.getExecutionExceptionHandler();
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            if (failure instanceof ToolkitUnavailable toolkit) {
                // JavaFX's own stack trace helps no one at the PC: the log gets one line, the person the remedy.
                LoggerFactory.getLogger(Main.class).warn("{}", toolkit.getMessage());
                HeadlessMain.sayInBothLanguages(err, toolkit.problem());
                return 1;
            }
            return commands.handleExecutionException(failure, cmd, parsed);
        });
        return commandLine.execute(args);
    }
}
