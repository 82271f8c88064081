package id.loket.bench;

import id.loket.app.KioskApplication;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Start-up of the installed package (installer/, /opt/loket): its launcher, with its class-data
 * sharing archive, to the kiosk's first window, against a bare JavaFX window run by the package's
 * own runtime with the launcher's JVM options and the package's JavaFX jars, and against the same bare
 * window on the build's JDK (which has the JDK's default class-data sharing archive, as a source
 * build does). Both on a real X display with JavaFX's GTK glass: run it under Xvfb. Runs alternate
 * between the programs so a busy machine slows them alike. Goal: first window at most 1.2 times
 * the bare window.
 *
 * <p>Run (as root, the package installed): {@code ./mvnw -q -pl benchmarks -am package -DskipTests
 * && xvfb-run -a -s '-screen 0 1366x768x24' java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes"
 * id.loket.bench.InstalledStartupBenchmark /opt/loket [runs [other-install ...]]}; a package unpacked
 * elsewhere (with its lib/make-cds-archive run there) can be given after the runs, to be measured
 * against it in the same rounds.
 */
public final class InstalledStartupBenchmark {

    private InstalledStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path install = Path.of(args.length > 0 ? args[0] : "/opt/loket");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<Path> others = Stream.of(args).skip(2).map(Path::of).toList();
        Path work = Files.createTempDirectory("loket-installed-bench");
        try {
            System.out.print(measure(install, others, work, runs));
        } finally {
            WorkFolders.deleteTree(work);
        }
    }

    /**
     * @param others further copies of the package (say, a candidate change unpacked beside the installed
     *               one), measured in the same rounds against the same bare windows, so that their
     *               ratios compare side by side
     */
    static String measure(Path install, List<Path> others, Path work, int runs)
            throws IOException, InterruptedException {
        Path config = work.resolve("loket.properties");
        // A data folder and key of its own: the office's /var/lib/loket is never touched.
        Files.writeString(config, "security.key-file=" + work.resolve("bench.key") + "\n");
        List<Path> installs = new ArrayList<>(List.of(install));
        installs.addAll(others);
        List<List<String>> kiosks = installs.stream().map(dir -> List.of(dir.resolve("bin/loket").toString(),
                "--config=" + config, "--data-dir=" + work.resolve("data"))).toList();
        List<String> bareInstalled = bare(install.resolve("lib/runtime/bin/java").toString(), install);
        List<String> bareJdk = bare(Path.of(System.getProperty("java.home"), "bin", "java").toString(), install);
        List<String> markers = List.of(KioskApplication.WINDOW_MARKER, KioskApplication.READY_MARKER);
        // The first start fills the database with demo data; a one-off, not what is measured.
        StartupBenchmark.timeUntil(withMarkers(kiosks.get(0)), List.of(KioskApplication.READY_MARKER));
        List<List<Long>> window = new ArrayList<>();
        List<List<Long>> ready = new ArrayList<>();
        installs.forEach(dir -> {
            window.add(new ArrayList<>());
            ready.add(new ArrayList<>());
        });
        List<Long> installedBare = new ArrayList<>();
        List<Long> jdkBare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            installedBare.add(StartupBenchmark.timeUntil(bareInstalled, List.of(BareWindow.READY_MARKER)).get(0));
            jdkBare.add(StartupBenchmark.timeUntil(bareJdk, List.of(BareWindow.READY_MARKER)).get(0));
            for (int k = 0; k < kiosks.size(); k++) {
                List<Long> times = StartupBenchmark.timeUntil(withMarkers(kiosks.get(k)), markers);
                window.get(k).add(times.get(0));
                ready.get(k).add(times.get(1));
            }
        }
        long packageBare = StartupBenchmark.median(installedBare);
        long buildBare = StartupBenchmark.median(jdkBare);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "installed start-up, %d runs each (median, then every run)%n"
                        + "  bare JavaFX window, package's runtime: %5d ms %s%n"
                        + "  bare JavaFX window, build's JDK:       %5d ms %s%n",
                runs, packageBare, installedBare, buildBare, jdkBare));
        for (int k = 0; k < installs.size(); k++) {
            long windowMedian = StartupBenchmark.median(window.get(k));
            report.append(String.format(Locale.ROOT, "  %s%n"
                            + "    first window:      %5d ms %s  ratio %.2f / %.2f (goal <= 1.2)%n"
                            + "      median of the rounds' own ratios: %.2f / %.2f%n"
                            + "    first face usable: %5d ms %s%n",
                    installs.get(k), windowMedian, window.get(k), (double) windowMedian / packageBare,
                    (double) windowMedian / buildBare, pairRatio(window.get(k), installedBare),
                    pairRatio(window.get(k), jdkBare), StartupBenchmark.median(ready.get(k)), ready.get(k)));
        }
        return report.toString();
    }

    /**
     * The median of each round's ratio: on a busy machine a round's programs run in the same few
     * seconds and are slowed alike, which the ratio of the medians does not take into account.
     */
    static double pairRatio(List<Long> measured, List<Long> baseline) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            ratios.add((double) measured.get(i) / baseline.get(i));
        }
        ratios.sort(null);
        return ratios.get(ratios.size() / 2);
    }

    /** The launcher takes JVM options from the environment only; the bare window gets them on its command. */
    private static List<String> withMarkers(List<String> kiosk) {
        List<String> command = new ArrayList<>(List.of("env",
                "JAVA_TOOL_OPTIONS=-D" + KioskApplication.MARKERS_PROPERTY + "=true"));
        command.addAll(kiosk);
        return command;
    }

    /**
     * The launcher's JVM options (lib/app/loket.cfg, from installer/common/jpackage.args), which the
     * bare window gets too; not the class-data sharing archive, made for Loket's class path only.
     */
    static List<String> packageOptions(Path install) throws IOException {
        return Files.readAllLines(install.resolve("lib/app/loket.cfg")).stream()
                .filter(line -> line.startsWith("java-options="))
                .map(line -> line.substring("java-options=".length()))
                .filter(option -> !option.contains("$APPDIR") && !option.startsWith("-Xshare")
                        && !option.startsWith("-Djpackage"))
                .toList();
    }

    private static List<String> bare(String javaProgram, Path install) throws IOException {
        String javafx;
        try (Stream<Path> jars = Files.list(install.resolve("lib/app/lib"))) {
            javafx = jars.map(Path::toString).filter(name -> name.contains("javafx-"))
                    .collect(Collectors.joining(File.pathSeparator));
        }
        List<String> command = new ArrayList<>(List.of(javaProgram));
        command.addAll(packageOptions(install));
        command.add("-cp");
        command.add(javafx + File.pathSeparator + Path.of("benchmarks/target/classes").toAbsolutePath());
        command.add(BareWindow.Launcher.class.getName());
        return command;
    }
}
