package id.loket.cli;

import java.io.PrintWriter;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * Mixin for {@code loket --user NAME import ... FILE}: how an import of a sheet ends. Exit status 0
 * when the file was read (even with rejected rows, which the command lists), 1 when it could not be
 * read or its columns were not recognised; misuse (2) is picocli's.
 */
@Command // picocli takes a class as a mixin only if it is annotated; this one holds no options
final class SheetImport {

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** Says why the file was not read, on standard error, and gives exit status 1: nothing was changed. */
    int notRead(Stream<String> why) {
        PrintWriter err = spec.commandLine().getErr();
        why.forEach(err::println);
        spec.commandLine().getOut().flush();
        err.flush();
        return 1;
    }

    /** The file was read: what was said is flushed and the exit status is 0. */
    int read() {
        spec.commandLine().getOut().flush();
        return 0;
    }
}
