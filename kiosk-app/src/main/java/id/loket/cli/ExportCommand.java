package id.loket.cli;

import id.loket.app.AppContext;
import id.loket.domain.text.Texts;
import id.loket.service.schedule.NoPlanException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket export households|schedule --format csv [--out FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports data for the office.",
        subcommands = {ExportCommand.Households.class, ExportCommand.Schedule.class})
final class ExportCommand {

    enum Format { csv }

    @ParentCommand
    LoketCommand root;

    @Command(name = "households", mixinStandardHelpOptions = true,
            description = "One row per household: kk_number,head_nik,head_name,rt,rw,registered. Holds full NIKs.")
    static final class Households implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; standard output when omitted.")
        Path out;

        @Override
        public Integer call() throws IOException {
            LoketCommand root = export.root;
            Texts texts = root.texts();
            try (AppContext app = root.openApp()) {
                int rows;
                if (out == null) {
                    Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                    rows = app.householdExport().write(stdout, "cli");
                } else {
                    rows = writeFile(app);
                }
                spec.commandLine().getErr().println(texts.text("cli.export.done", rows));
                return 0;
            }
        }

        /** Writes beside the target and moves into place, so a failed export never leaves half a file. */
        private int writeFile(AppContext app) throws IOException {
            Path target = out.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                int rows = app.householdExport().write(writer, "cli");
                writer.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                return rows;
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** {@code loket export schedule --format csv [--out FILE]}: the schedule in force, one row per RT part. */
    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = {"The schedule in force, one row per RT part: "
                    + "date,session,rt,rw,households,kind,part,parts,first_position,last_position.",
                    "Exit status 0, or 1 when no schedule was made yet."})
    static final class Schedule implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; standard output when omitted.")
        Path out;

        @Override
        public Integer call() throws IOException {
            LoketCommand root = export.root;
            Texts texts = root.texts();
            try (AppContext app = root.openApp()) {
                int rows;
                if (out == null) {
                    Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                    rows = app.schedules().csv().write(stdout);
                } else {
                    // Written beside the target and moved into place: a failed export leaves no half file.
                    Path target = out.toAbsolutePath();
                    Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
                    try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                        rows = app.schedules().csv().write(writer);
                        writer.close();
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }
                spec.commandLine().getErr().println(texts.text("schedule.cli.exported", rows));
                return 0;
            } catch (NoPlanException e) {
                spec.commandLine().getErr().println(texts.text("schedule.cli.noPlan"));
                return 1;
            }
        }
    }
}
