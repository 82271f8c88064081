package id.loket.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.loket.support.TestApps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk started where JavaFX cannot run (no display, a display that does not answer, no GTK 3)
 * stops with exit status 1 and a plain message in both languages, instead of a stack trace and a
 * start that waits for ever. Real processes: the real {@code Main}, and the real {@code ./loket} script.
 */
class WindowWithoutToolkitTest {

    /** A hang is what is tested for: far beyond a failed start (about 2 s), far below "for ever". */
    private static final long HANG_SECONDS = 90;
    private static final Path SCRIPT = Path.of("..", "loket").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheKioskStopsWithBothLanguagesAndNoStackTrace() throws Exception {
        Finished run = kiosk(env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        });

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).contains("tidak ada layar", "there is no display", "./loket --help")
                .doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void aBadSettingStopsTheKioskWithStatusTwoAndNamesTheSetting() throws Exception {
        Path data = dir.resolve("data");
        Path config = TestApps.configFor(data, "ui.language=xx");

        Finished run = finish(new ProcessBuilder(javaCommand("--config=" + config, "--data-dir", data.toString())),
                env -> {
                    env.remove("DISPLAY");
                    env.remove("WAYLAND_DISPLAY");
                });

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errors()).contains("ui.language", "xx");
    }

    @Test
    void aDisplayThatDoesNotAnswerIsNamedTheSameWay() throws Exception {
        String display = ":" + unusedDisplayNumber();
        Finished run = kiosk(env -> env.put("DISPLAY", display));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).contains("tidak ada layar", "there is no display").doesNotContain("\tat ");
    }

    @Test
    void aCommandStillRunsWithoutADisplay() throws Exception {
        Finished run = finish(new ProcessBuilder(javaCommand("nik", "check", "6471054707500003")), env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        });

        assertThat(run.status()).isZero();
        assertThat(run.errors()).doesNotContain("tidak ada layar");
    }

    @Test
    void withoutGtkTheKioskSaysWhatToInstall() throws Exception {
        // GTK 3 is installed here: it is hidden in a mount namespace of the child alone (root and
        // unshare needed), on a real (virtual) display, since JavaFX looks for the display first.
        Path gtk = Path.of("/lib/x86_64-linux-gnu/libgtk-3.so.0");
        assumeTrue(Files.exists(gtk) && onPath("unshare") && onPath("Xvfb") && isRoot(), "needs root, unshare, Xvfb");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine().strip();
            List<String> line = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                    "mount --bind /dev/null " + gtk + " && exec \"$@\"", "hide-gtk"));
            line.addAll(javaCommand(kioskArguments()));
            Finished run = finish(new ProcessBuilder(line), env -> env.put("DISPLAY", display));

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.errors()).contains("GTK 3", "sudo apt-get install libgtk-3-0").doesNotContain("\tat ");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theToolkitsOwnWordsAreReadAsWhatIsMissing() {
        assertThat(ToolkitUnavailable.from(new UnsupportedOperationException("Unable to open DISPLAY")).problem().key())
                .isEqualTo("app.toolkit.noDisplay");
        assertThat(ToolkitUnavailable.from(new UnsupportedOperationException("Unable to load glass GTK library."))
                .problem().key()).isEqualTo("app.toolkit.noGtk");
        assertThat(ToolkitUnavailable.from(new UnsatisfiedLinkError("libprism_es2.so: cannot open")).problem().key())
                .isEqualTo("app.toolkit.noGtk");
        assertThat(ToolkitUnavailable.from(new IllegalStateException("no suitable pipeline")).problem().key())
                .isEqualTo("app.toolkit.failed");
    }

    @Test
    void theLauncherRefusesTheWindowWithoutADisplayBeforeStartingJava() throws Exception {
        assumeTrue(isLinux());
        Finished run = finish(new ProcessBuilder(SCRIPT.toString(), "--data-dir", dir.resolve("data").toString()),
                env -> {
                    env.remove("DISPLAY");
                    env.remove("WAYLAND_DISPLAY");
                });

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).contains("tidak ada layar", "no display", "./loket --help");
    }

    @Test
    void theLauncherNamesTheMissingGtkLibraryAndThePackage() throws Exception {
        assumeTrue(isLinux() && onPath("ldconfig"));
        Finished run = finish(new ProcessBuilder(SCRIPT.toString()), env -> {
            env.put("DISPLAY", ":" + unusedDisplayNumber());
            env.put("LOKET_GTK_LIBRARY", "libgtk-not-here-" + ProcessHandle.current().pid() + ".so.0");
        });

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).contains("tidak terpasang", "is not installed", "apt-get install libgtk-3-0");
    }

    private Finished kiosk(java.util.function.Consumer<Map<String, String>> environment) throws Exception {
        return finish(new ProcessBuilder(javaCommand(kioskArguments())), environment);
    }

    private String[] kioskArguments() {
        Path data = dir.resolve("data");
        return new String[] {"--config", TestApps.configFor(data).toString(), "--data-dir", data.toString()};
    }

    private static List<String> javaCommand(String... arguments) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        line.addAll(List.of(arguments));
        return line;
    }

    private Finished finish(ProcessBuilder builder, java.util.function.Consumer<Map<String, String>> environment)
            throws Exception {
        environment.accept(builder.environment());
        Path errors = dir.resolve("stderr-" + System.nanoTime() + ".txt");
        Process process = builder.directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile()).start();
        boolean ended = process.waitFor(HANG_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(ended).as("ended instead of waiting for a window that cannot open").isTrue();
        return new Finished(process.exitValue(), Files.readString(errors, StandardCharsets.UTF_8));
    }

    private static int unusedDisplayNumber() {
        int number = 4711;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
            number++;
        }
        return number;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private record Finished(int status, String errors) {
    }
}
