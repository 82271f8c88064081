package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.support.TestApps;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands run on a PC without a display and without JavaFX: this module has no JavaFX
 * dependency, so its tests, and the processes they start with the same class path, prove it.
 */
class HeadlessCommandsTest {

    private static final String VALID_NIK = "6471054707500003";

    @TempDir
    Path dir;

    @Test
    void theCommandsClassPathHoldsNoJavaFx() {
        assertThat(classPath()).noneMatch(entry -> entry.contains("javafx"));
        assertThatThrownBy(() -> Class.forName("javafx.application.Platform"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aNikIsCheckedInAProcessWithoutJavaFx() throws Exception {
        Run run = loket("nik", "check", VALID_NIK);

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("Kota Balikpapan");
    }

    @Test
    void demoDataAndAnExportRunInAProcessWithoutJavaFx() throws Exception {
        Path data = dir.resolve("data");
        String[] office = {"--config", TestApps.configFor(data).toString(), "--data-dir", data.toString()};

        Run demo = loket(concat(office, "demo-data", "--households", "30"));
        Run key = loket(concat(office, "export", "office-key"));

        assertThat(demo.status()).as(demo.output()).isZero();
        assertThat(key.status()).as(key.output()).isZero();
        assertThat(key.output()).contains("kunci-kantor-");
    }

    @Test
    void withoutTheAppLoketAloneSaysThereIsNoWindowAndWhatToRun() {
        StringWriter err = new StringWriter();

        int status = HeadlessMain.run(new String[] {"--data-dir", dir.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("tanpa jendela kios").contains("loket --help");
    }

    private record Run(int status, String output) {
    }

    /** {@code loket ...} as its own Java process, on exactly this module's class path. */
    private Run loket(String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HeadlessMain.class.getName()));
        line.addAll(List.of(args));
        Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static List<String> classPath() {
        return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
