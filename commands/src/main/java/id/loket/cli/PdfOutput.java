package id.loket.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Mixin {@code [--out FILE]} of a report that only comes as a PDF: without it, the report's own name here. */
final class PdfOutput {

    @Option(names = "--out", paramLabel = "FILE", description = "Output file; the report's own name in the current "
            + "folder when omitted. No other copy is kept.")
    Path out;
}
