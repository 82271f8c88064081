package id.loket.bench;

import id.loket.wiring.AppContext;
import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.service.rtlist.RtListImportResult;
import id.loket.service.rtlist.RtListImportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A city's database for the LAN harness: a small demo office (its accounts) and the city's RT lists
 * imported with the real import, as {@link CounterLatencyBenchmark} builds it. Made once per size and
 * kept under {@code benchmarks/target}, because a city takes minutes to build and a run changes its
 * copy: every run starts from a fresh copy of the kept one.
 */
final class LanCity {

    private static final int RTS_PER_1000 = 8;
    static final String DATA = "data";
    static final String KEY = "data.key";
    /** The head NIKs of the city's households, one a line, in the list's order. */
    static final String HEADS = "heads.txt";

    private LanCity() {
    }

    /** The kept city of {@code households}, built first when missing. */
    static Path kept(int households, Path cacheRoot) throws IOException {
        Path city = cacheRoot.resolve("lan-load-city-" + households);
        if (Files.isRegularFile(city.resolve(HEADS))) {
            return city;
        }
        Path building = Files.createDirectories(cacheRoot).resolve("lan-load-city-" + households + ".building");
        if (Files.exists(building)) {
            WorkFolders.deleteTree(building);
        }
        build(households, Files.createDirectories(building));
        if (Files.exists(city)) {
            // A city folder without its list of heads is not a whole city (e.g. some of its files were
            // cleaned away): it is replaced, or the rename below would fail on a folder that is not empty.
            WorkFolders.deleteTree(city);
        }
        // Renamed only when complete: a build that was stopped half-way is never taken for a city.
        Files.move(building, city, StandardCopyOption.ATOMIC_MOVE);
        return city;
    }

    /** A copy of the kept city in {@code work} (its data folder and key file), for one run to change. */
    static void copyInto(Path city, Path work) throws IOException {
        Files.createDirectories(work);
        Files.copy(city.resolve(KEY), work.resolve(KEY));
        Files.copy(city.resolve(HEADS), work.resolve(HEADS));
        try (Stream<Path> files = Files.walk(city.resolve(DATA))) {
            for (Path file : files.toList()) {
                Path target = work.resolve(DATA).resolve(city.resolve(DATA).relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    static List<String> heads(Path work) throws IOException {
        return Files.readAllLines(work.resolve(HEADS));
    }

    private static void build(int households, Path dir) throws IOException {
        Path list = ImportBenchmark.generate(dir.resolve("kota.csv"), households,
                Math.max(1, households * RTS_PER_1000 / 1_000));
        LoketSettings settings = SettingsLoader.load(Optional.empty(), Map.of("data.dir", dir.resolve(DATA).toString(),
                "security.key-file", dir.resolve(KEY).toString(), "backup.daily", "false"));
        try (AppContext app = AppContext.open(settings, Clock.systemDefaultZone())) {
            app.security().demoData().fill(app.foundation().office(), 40);
            RtListImportResult imported = app.lists().rtListImport().importFile(list,
                    app.foundation().office().kelurahanCode(),
                    "benchmark", RtListImportService.ProgressListener.NONE, new RtListImportService.Cancellation());
            if (!imported.completed()) {
                throw new IllegalStateException("the city was not imported: " + imported.failure());
            }
        }
        List<String> heads = new ArrayList<>();
        try (Stream<String> lines = Files.lines(list)) {
            lines.skip(1).forEach(line -> heads.add(line.split(",", 4)[2]));
        }
        Files.write(dir.resolve(HEADS), heads);
        Files.delete(list);
    }
}
