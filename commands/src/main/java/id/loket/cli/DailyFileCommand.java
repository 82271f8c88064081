package id.loket.cli;

import id.loket.service.dailyfile.DailyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket --user S export daily-file --day D [--out FILE]}: the signed counts of a day for the kecamatan. */
@Command(name = "daily-file", mixinStandardHelpOptions = true,
        description = {"The office's signed daily file for the kecamatan and the city (JSON, schema in "
                + "docs/daily-file.schema.json): counts only, per RT, path and outcome, explained households per "
                + "reason, queue figures. Supervisor only (--user NAME before 'export'); audited.",
                "Exit status 0."})
final class DailyFileCommand implements Callable<Integer> {

    record Needs(DailyFiles dailyFiles) {
    }

    @ParentCommand
    ExportCommand export;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--day", required = true, paramLabel = "YYYY-MM-DD", description = "The day, e.g. 2026-06-04.")
    LocalDate day;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; the file's own name (loket-harian-<kelurahan>-<day>.json) in the current "
                    + "folder when omitted. An earlier file of the same name is replaced.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Reports.requireFolder(spec, export.root.texts(), out);
        try (var opened = export.root.open(CommandWiring.DAILY_FILE)) {
            String actor = export.root.supervisor(opened, spec).username();
            DailyFiles dailyFiles = opened.needs().dailyFiles();
            Path where = (out != null ? out : Path.of(dailyFiles.fileName(day))).toAbsolutePath();
            Reports.writeBytes(where, dailyFiles.make(day, actor));
            spec.commandLine().getOut().println(export.root.texts().text("cli.dailyFile.done", where.toString(),
                    dailyFiles.officeKey().fingerprint()));
            return 0;
        }
    }
}
