package id.loket.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Mixin {@code --format csv [--out FILE]}: an export that only comes as CSV, to a file or standard output. */
final class CsvOutput {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv")
    ExportCommand.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file; standard output when omitted.")
    Path out;
}
