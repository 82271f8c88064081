package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF export is written once, where the person asked: with {@code --out} there, without it under
 * its own name in the folder the command runs in (a real process, so its working folder is ours).
 * The data folder never gets a second copy.
 */
class ExportCopiesTest {

    @TempDir
    Path dir;
    private Path data;
    private Path workingFolder;

    @BeforeEach
    void office() throws IOException {
        data = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(data, 60, "device.printer", "simulated")) {
            app.queue().tickets().issue("PERLINSOS", id.loket.domain.queue.Lane.REGULAR);
        }
        workingFolder = Files.createDirectories(dir.resolve("here"));
    }

    @Test
    void aChecklistWithOutIsWrittenOnlyThere() throws Exception {
        Path out = dir.resolve("elsewhere").resolve("daftar-rt.pdf");
        Files.createDirectories(out.getParent());

        Run run = loket("export", "checklist", "--rt", "1", "--rw", "1", "--out", out.toString());

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith(bytes("%PDF"));
        assertThat(run.output()).contains(out.toAbsolutePath().toString());
        assertThat(filesIn(workingFolder)).isEmpty();
        assertNoReportInTheDataFolder();
    }

    @Test
    void aChecklistWithoutOutIsWrittenUnderItsNameInTheWorkingFolderOnly() throws Exception {
        Run run = loket("export", "checklist", "--rt", "1", "--rw", "1");

        assertThat(run.status()).as(run.output()).isZero();
        List<Path> written = filesIn(workingFolder);
        assertThat(written).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("checklist-RT\\d+-RW\\d+\\.pdf");
            assertThat(Files.readAllBytes(file)).startsWith(bytes("%PDF"));
            assertThat(run.output()).contains(file.toRealPath().toString());
        });
        assertNoReportInTheDataFolder();
    }

    /** Only the sealed ticket of the set-up day is kept; no report, plain or sealed. */
    private void assertNoReportInTheDataFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(data.resolve("documents"))) {
            assertThat(walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")))
                    .allSatisfy(f -> {
                        assertThat(f.toString()).doesNotContain("checklist", "reports");
                        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
                    });
        }
    }

    private record Run(int status, String output) {
    }

    private Run loket(String... command) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "id.loket.cli.HeadlessMain",
                "--config", TestApps.configFor(data).toString(), "--data-dir", data.toString(), "--user", "lurah"));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).directory(workingFolder.toFile()).redirectErrorStream(true).start();
        try (OutputStream pin = process.getOutputStream()) {
            pin.write("999999\n".getBytes(StandardCharsets.US_ASCII));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
