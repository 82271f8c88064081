package id.loket.bench;

import id.loket.app.KioskApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Time from process start to the kiosk's first window, and to its first usable face (database open
 * and migrated, chooser shown), each against a bare JavaFX window started the same way (same JVM,
 * same flags, same class path) in the same run, reported as ratios of medians. Runs alternate
 * between the programs so a busy machine slows them alike. Goal for the first window: at most 1.5.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.StartupBenchmark [runs]}
 */
public final class StartupBenchmark {

    /** Headless JavaFX, so the measure runs on CI as on a desk; both programs get the same flags. */
    static final List<String> JAVAFX_FLAGS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");
    private static final long TIMEOUT_SECONDS = 120;

    public record Result(List<Long> bareMillis, List<Long> windowMillis, List<Long> readyMillis) {

        public double windowRatio() {
            return (double) median(windowMillis) / median(bareMillis);
        }

        public double readyRatio() {
            return (double) median(readyMillis) / median(bareMillis);
        }

        public String report() {
            return String.format(Locale.ROOT, "start-up, %d runs each (median, then every run)%n"
                            + "  bare JavaFX window:         %5d ms %s%n"
                            + "  Loket, first window:        %5d ms %s  ratio %.2f (goal <= 1.5)%n"
                            + "  Loket, first face usable:   %5d ms %s  ratio %.2f%n",
                    bareMillis.size(), median(bareMillis), bareMillis, median(windowMillis), windowMillis,
                    windowRatio(), median(readyMillis), readyMillis, readyRatio());
        }
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.print(measure(runs).report());
    }

    public static Result measure(int runs) throws IOException, InterruptedException {
        Path bench = Files.createTempDirectory("loket-bench");
        Path dataDir = bench.resolve("data");
        // The kiosk keeps its key in the user's home when none is set; a home of the benchmark's own keeps
        // the keys of its throwaway databases out of the real one.
        Path home = bench.resolve("home");
        // The first start fills the database with demo data; that is a one-off, not what we measure.
        timeUntil(kioskCommand(dataDir, home), List.of(KioskApplication.READY_MARKER));
        List<Long> bare = new ArrayList<>();
        List<Long> window = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bare.add(timeUntil(command(BareWindow.Launcher.class.getName()), List.of(BareWindow.READY_MARKER)).get(0));
            List<Long> kiosk = timeUntil(kioskCommand(dataDir, home),
                    List.of(KioskApplication.WINDOW_MARKER, KioskApplication.READY_MARKER));
            window.add(kiosk.get(0));
            ready.add(kiosk.get(1));
        }
        return new Result(bare, window, ready);
    }

    private static List<String> kioskCommand(Path dataDir, Path home) {
        List<String> command = command("id.loket.app.Main");
        command.add(1, "-Duser.home=" + home);
        command.add("--data-dir");
        command.add(dataDir.toString());
        return command;
    }

    private static List<String> command(String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JAVAFX_FLAGS);
        command.add("-D" + KioskApplication.MARKERS_PROPERTY + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        return command;
    }

    /**
     * Starts the program and returns the milliseconds until it prints each of {@code markers}, in
     * order; then ends it.
     */
    static List<Long> timeUntil(List<String> command, List<String> markers) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> times = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(markers.get(times.size()))) {
                    times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    if (times.size() == markers.size()) {
                        return times;
                    }
                }
            }
            throw new IllegalStateException("program ended without saying " + markers + ": " + command);
        } finally {
            process.destroy();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
