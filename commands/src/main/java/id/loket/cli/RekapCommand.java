package id.loket.cli;

import id.loket.config.KelurahanCatalog;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.rekap.OfficeKeys;
import id.loket.service.rekap.RekapService;
import id.loket.service.rekap.RekapPdf;
import id.loket.service.rekap.RekapResult;
import id.loket.service.rekap.RekapWorkbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket rekap FILE... [--keys DIR] [--out F.xlsx] [--pdf F.pdf]}: the kecamatan's or the city's merge of the
 * kelurahan daily files. Opens no database: it runs on any PC with the files and the registered keys.
 */
@Command(name = "rekap", mixinStandardHelpOptions = true,
        description = {"Merges kelurahan daily files (loket export daily-file) into a roll-up per kecamatan and for "
                + "the city. Checks each file's signature against the office keys in --keys and its kelurahan "
                + "against the region data; refuses altered, unsigned or unknown files, one line each; warns about "
                + "missing kelurahan or days and about older files of the same office and day. Needs no database.",
                "Exit status 0 merged (even with warnings or refused files), 1 nothing usable, 2 misuse."})
final class RekapCommand implements Callable<Integer> {

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Daily files (loket-harian-*.json).")
    List<Path> files;

    @Option(names = "--keys", paramLabel = "DIR", defaultValue = "kunci-kantor",
            description = "Folder of the registered office keys (loket export office-key); default ${DEFAULT-VALUE}.")
    Path keys;

    @Option(names = "--out", paramLabel = "FILE", description = "The roll-up workbook (.xlsx) to write.")
    Path out;

    @Option(names = "--pdf", paramLabel = "FILE", description = "The A4 roll-up with a chart per area (.pdf) to write.")
    Path pdf;

    @Override
    public Integer call() throws IOException {
        Texts texts = root.texts();
        if (!Files.isDirectory(keys)) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.rekap.noKeys", keys));
        }
        Reports.requireFolder(spec, texts, out);
        Reports.requireFolder(spec, texts, pdf);
        OfficeKeys officeKeys = OfficeKeys.readFolder(keys);
        PrintWriter err = spec.commandLine().getErr();
        officeKeys.skipped().forEach(line -> err.println(texts.text(line)));
        RekapResult result = new RekapService(KelurahanCatalog.builtIn()).mergeFiles(files, officeKeys);
        for (Message line : result.refused()) {
            err.println(texts.text(line));
        }
        for (Message line : result.warnings()) {
            err.println(texts.text(line));
        }
        PrintWriter printed = spec.commandLine().getOut();
        if (result.nothingUsable()) {
            printed.println(texts.text("cli.rekap.nothing", files.size()));
            return 1;
        }
        result.cities().forEach(city -> printed.println(texts.text("cli.rekap.city", city.name(),
                city.furthestBehindFirst().size(), city.total().households(), city.total().registered(),
                city.total().percentRegistered(), city.total().percentDone())));
        if (out != null) {
            Reports.writeBytes(out.toAbsolutePath(), new RekapWorkbook(texts).write(result));
            printed.println(texts.text("cli.rekap.saved", out.toAbsolutePath().toString()));
        }
        if (pdf != null) {
            Reports.writeBytes(pdf.toAbsolutePath(), new RekapPdf(texts).write(result));
            printed.println(texts.text("cli.rekap.saved", pdf.toAbsolutePath().toString()));
        }
        printed.println(texts.text("cli.rekap.done", result.filesMerged(), result.refused().size(),
                result.warnings().size()));
        return 0;
    }
}
