package id.loket.cli;

import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.storage.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/** Where the commands put what they make: a file written whole, or standard output. */
final class Reports {

    interface CsvWork {
        void write(Writer writer) throws IOException;
    }

    /** Writes CSV rows and says how many. */
    interface CountedCsvWork {
        int write(Writer writer) throws IOException;
    }

    /** Writes a file's bytes and says how many rows they hold. */
    interface CountedStreamWork {
        int write(OutputStream stream) throws IOException;
    }

    /** Writes a file's content to the path it is given. */
    interface FileWriting {
        void write(Path file) throws IOException;
    }

    private Reports() {
    }

    /** Writes CSV to {@code out}, or to standard output when it is null. */
    static void writeCsv(Path out, CsvWork work) throws IOException {
        if (out == null) {
            work.write(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
            return;
        }
        writeAtomically(out, temp -> {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                work.write(writer);
            }
        });
    }

    /** Like {@link #writeCsv}, for work that counts its rows; returns the count. */
    static int writeCsvRows(Path out, CountedCsvWork work) throws IOException {
        int[] rows = {0};
        writeCsv(out, writer -> rows[0] = work.write(writer));
        return rows[0];
    }

    /**
     * Writes the report's PDF to {@code out}, or without {@code --out} to the current folder under the
     * report's own name, and says where. Only there: the data folder keeps no second copy.
     */
    static void writePdf(CommandLine.Model.CommandSpec spec, Texts texts, OfficeReports.Report report, Path out)
            throws IOException {
        Path where = (out != null ? out : Path.of(report.fileName())).toAbsolutePath();
        writeBytes(where, report.pdf());
        spec.commandLine().getOut().println(texts.text("cli.export.pdf", where.toString()));
    }

    /** Writes a binary file (such as a workbook) whole, through {@link #writeAtomically}; returns its row count. */
    static int writeFileRows(Path out, CountedStreamWork work) throws IOException {
        int[] rows = {0};
        writeAtomically(out, temp -> {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                rows[0] = work.write(stream);
            }
        });
        return rows[0];
    }

    /** Writes {@code content} to {@code out} whole. */
    static void writeBytes(Path out, byte[] content) throws IOException {
        AtomicFile.write(out, content);
    }

    /** Writes beside the target and moves into place, so a failed write never leaves half a file. */
    static void writeAtomically(Path target, FileWriting writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        try {
            writing.write(temp);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A report into a folder that does not exist is refused before any work is done. */
    static void requireFolder(CommandLine.Model.CommandSpec spec, Texts texts, Path report) {
        if (report == null) {
            return;
        }
        Path folder = report.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.noFolder", report));
        }
    }
}
