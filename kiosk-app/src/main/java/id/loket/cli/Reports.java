package id.loket.cli;

import id.loket.domain.text.Texts;
import id.loket.service.OfficeReports;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/** Where the export commands put what they make: a file written whole, or standard output. */
final class Reports {

    interface CsvWork {
        void write(Writer writer) throws IOException;
    }

    private Reports() {
    }

    /** Writes CSV to {@code out}, or to standard output when it is null. */
    static void writeCsv(Path out, CsvWork work) throws IOException {
        if (out == null) {
            work.write(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
            return;
        }
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                work.write(writer);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies the report's PDF to {@code out} when given, and says where the PDF is. */
    static void writePdf(CommandLine.Model.CommandSpec spec, Texts texts, OfficeReports.Report report, Path out)
            throws IOException {
        Path where = report.path();
        if (out != null) {
            Path target = out.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.write(temp, report.pdf());
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            where = target;
        }
        spec.commandLine().getOut().println(texts.text("cli.export.pdf", where.toString()));
    }
}
