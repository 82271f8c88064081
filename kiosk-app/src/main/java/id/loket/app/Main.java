package id.loket.app;

import id.loket.cli.ConsoleInput;
import id.loket.cli.HeadlessMain;
import id.loket.cli.LoketCommand;
import id.loket.config.SettingsLoader;
import id.loket.domain.text.Message;
import java.io.PrintWriter;
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

    /** The command line of {@link HeadlessMain}, with the window; tests run commands through that class. */
    private static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleInput input,
                           Consumer<Message> startProblem) {
        CommandLine commandLine = HeadlessMain.commandLine(KioskLauncherImpl::launch, input, out, err, startProblem);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> failed(failure, err, startProblem));
        return commandLine.execute(args);
    }

    /**
     * What the person is told when a command or the kiosk start failed, as the command line tells it,
     * plus the window's own: a toolkit that cannot start. Returns the exit status.
     */
    private static int failed(Exception failure, PrintWriter err, Consumer<Message> startProblem) {
        if (failure instanceof ToolkitUnavailable toolkit) {
            // JavaFX's own stack trace helps no one at the PC: the log gets one line, the person the remedy.
            LoggerFactory.getLogger(Main.class).warn("{}", toolkit.getMessage());
            HeadlessMain.sayInBothLanguages(err, toolkit.problem());
            return 1;
        }
        return HeadlessMain.failed(failure, err, startProblem);
    }
}
