package id.loket.cli;

import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * Mixin for a command that a supervisor runs ({@code loket --user NAME ...}): the root's words and
 * database, the sign-in with the supervisor's PIN, and where the command speaks. Each command keeps
 * only its own options and work.
 */
@Command // picocli takes a class as a mixin only if it is annotated; this one holds no options
class Supervised {

    /** What a command does once the supervisor is signed in; returns the exit status. */
    interface Work<N> {
        int run(N needs, String actor) throws IOException;
    }

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The top command, which holds --user, --config and --data-dir for every subcommand. */
    LoketCommand root() {
        return (LoketCommand) spec.root().userObject();
    }

    Texts texts() {
        return root().texts();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Misuse (exit status 2), said in the office's language with the usage after it. */
    CommandLine.ParameterException misuse(String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), texts().text(key, args));
    }

    /** A file asked for in a folder that does not exist is misuse, found before any work is done. */
    void requireFolder(Path file) {
        Reports.requireFolder(spec, texts(), file);
    }

    /** Writes a report's PDF to {@code out} or under its own name, and says where. */
    void writePdf(OfficeReports.Report report, Path out) throws IOException {
        Reports.writePdf(spec, texts(), report, out);
    }

    /**
     * Opens the database with what the command needs ({@code pick}), signs the supervisor in (or
     * refuses, exit 1) and runs the work as them.
     */
    <N> int asSupervisor(CommandWiring.Pick<N> pick, Work<N> work) throws IOException {
        LoketCommand root = root();
        try (CommandWiring.Opened<N> opened = root.open(pick)) {
            return work.run(opened.needs(), root.supervisor(opened, spec).username());
        }
    }
}
