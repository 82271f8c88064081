package id.loket.cli;

import id.loket.service.dailyfile.DailyFiles;
import id.loket.service.dailyfile.OfficeKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket export office-key [--out FILE]}: the office's public key, for the kecamatan to register once. */
@Command(name = "office-key", mixinStandardHelpOptions = true,
        description = {"The office's PUBLIC signing key, for the kecamatan to register once (put the file in the "
                + "folder `loket rekap --keys` reads). Holds no secret and no personal data: needs no --user. "
                + "Check its fingerprint against the one printed on the daily summary sheet.",
                "Exit status 0."})
final class OfficeKeyCommand implements Callable<Integer> {

    /** The daily files' key, and the office's name written with it. */
    record Needs(DailyFiles dailyFiles, String officeName) {
    }

    @ParentCommand
    ExportCommand export;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; kunci-kantor-<kelurahan>.txt in the current folder when omitted.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Reports.requireFolder(spec, export.root.texts(), out);
        try (var opened = export.root.open(CommandWiring.OFFICE_KEY)) {
            OfficeKey key = opened.needs().dailyFiles().officeKey();
            Path where = (out != null ? out : Path.of(opened.needs().dailyFiles().officeKeyFileName()))
                    .toAbsolutePath();
            Reports.writeBytes(where, key.fileText(opened.needs().officeName()).getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println(export.root.texts().text("cli.officeKey.done", where.toString(),
                    key.kelurahanCode(), key.fingerprint()));
            return 0;
        }
    }
}
