package id.loket.cli;

import java.io.PrintWriter;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Mixin for {@code loket --user NAME import ... FILE}: a supervisor's command (see {@link Supervised})
 * and how an import of a sheet ends. Exit status 0 when the file was read (even with rejected rows,
 * which the command lists), 1 when it could not be read or its columns were not recognised; misuse
 * (2) is picocli's. The file parameter stays with each command, whose help names its own kind of sheet.
 */
@Command // picocli takes a class as a mixin only if it is annotated; this one holds no options
final class SheetImport extends Supervised {

    /** Says why the file was not read, on standard error, and gives exit status 1: nothing was changed. */
    int notRead(Stream<String> why) {
        PrintWriter err = err();
        why.forEach(err::println);
        out().flush();
        err.flush();
        return 1;
    }

    /** The file was read: what was said is flushed and the exit status is 0. */
    int read() {
        out().flush();
        return 0;
    }
}
