package id.loket.bench;

import id.loket.domain.text.Texts;
import id.loket.domain.office.OfficeProfile;
import id.loket.service.rtlist.RtListImportResult;
import id.loket.service.rtlist.RtListImportService;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.Jdbc;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a city's RT lists (by default 250,000 heads of household in 2,000 RTs) into a
 * fresh H2 file, against a raw parse of the same file with Commons CSV (no checks, nothing stored)
 * timed in the same run. Goals: the import in at most 10 s, and at most 3 times the raw parse.
 *
 * <p>Both code paths are warmed up on a small file first, so neither pays for the JIT alone; the raw
 * parse is the median of three runs.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am verify -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.ImportBenchmark [rows] [rts]}
 */
public final class ImportBenchmark {

    static final String KELURAHAN = "64.71.05.1006";
    private static final String[] DISTRICTS = {"647101", "647102", "647103", "647104", "647105", "647106"};
    private static final String[] NAMES = {"Ahmad Saputra", "Siti Aminah", "H. Abdul Rahman, S.Pd.", "Nur'aini",
            "Drs. La Ode Muh. Sa'ad", "Budi Santoso", "Hj. Ratna Dewi", "Andi Tenri Ajeng", "Yohanes Manurung",
            "Daeng Marewa", "Wulandari", "Ir. Bambang Hidayat, M.T."};
    private static final int PARSE_RUNS = 3;
    private static final long SEED = 20260604L;
    private static final int WARM_UP_ROWS = 20_000;

    /**
     * @param parseSeconds  the raw parse, median of the runs
     * @param importSeconds the import call, from the file to the commit
     * @param phaseSeconds  how the import's time divides between reading, checking and writing
     */
    public record Result(int rows, int rts, long fileBytes, List<Double> parseSeconds, double importSeconds,
                         Map<RtListImportService.Phase, Double> phaseSeconds, RtListImportResult.Counts counts) {

        public double parseMedian() {
            List<Double> sorted = new ArrayList<>(parseSeconds);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }

        public double ratio() {
            return importSeconds / parseMedian();
        }

        public String report() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "RT list import: %,d rows in %,d RTs, CSV file of %.1f MB%n"
                            + "  raw parse (Commons CSV, no checks):  %6.2f s  (median of %s)%n"
                            + "  full import into a fresh H2 file:    %6.2f s  (goal <= 10 s)%n"
                            + "  ratio import / raw parse:            %6.2f    (goal <= 3)%n",
                    rows, rts, fileBytes / 1e6, parseMedian(), parseSeconds, importSeconds, ratio()));
            phaseSeconds.forEach((phase, seconds) -> text.append(String.format(Locale.ROOT,
                    "    %-8s %6.2f s%n", phase.name().toLowerCase(Locale.ROOT), seconds)));
            text.append(String.format(Locale.ROOT, "  imported %,d, updated %,d, rejected %,d%n",
                    counts.imported(), counts.updated(), counts.rejected()));
            return text.toString();
        }
    }

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        int rts = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path work = Files.createTempDirectory("loket-import-bench");
        try {
            System.out.print(measure(rows, rts, work).report());
        } finally {
            WorkFolders.deleteTree(work);
        }
    }

    public static Result measure(int rows, int rts, Path work) throws IOException {
        Path warmUp = generate(work.resolve("warm-up.csv"), Math.min(rows, WARM_UP_ROWS), Math.min(rts, 200));
        rawParse(warmUp);
        timedImport(warmUp, work.resolve("warm-up-data"));

        Path file = generate(work.resolve("kota.csv"), rows, rts);
        List<Double> parses = new ArrayList<>();
        for (int i = 0; i < PARSE_RUNS; i++) {
            long start = System.nanoTime();
            long cells = rawParse(file);
            parses.add(seconds(start));
            if (cells == 0) {
                throw new IllegalStateException("nothing parsed in " + file);
            }
        }
        Timed timed = timedImport(file, work.resolve("data"));
        return new Result(rows, rts, Files.size(file), parses, timed.seconds, timed.phases, timed.result.counts());
    }

    private record Timed(RtListImportResult result, double seconds, Map<RtListImportService.Phase, Double> phases) {
    }

    /** The import call alone: the database is opened (and migrated) before the clock starts. */
    private static Timed timedImport(Path file, Path dataDir) {
        // Encrypted, as the kiosk's own database is: the cipher is part of what an import costs.
        DatabaseKey key = DatabaseKey.loadOrCreate(dataDir.resolveSibling(dataDir.getFileName() + ".key"));
        try (Database database = Database.openEmbedded(dataDir, key)) {
            RtListImportService service = id.loket.wiring.ListsArea.rtListImportAlone(new Jdbc(database.dataSource()),
                    Texts.indonesian(), new OfficeProfile(KELURAHAN, "Kelurahan Benchmark", ""),
                    Clock.systemDefaultZone());
            Map<RtListImportService.Phase, Long> firstSeen = new EnumMap<>(RtListImportService.Phase.class);
            long start = System.nanoTime();
            RtListImportResult result = service.importFile(file, KELURAHAN, "benchmark",
                    progress -> firstSeen.putIfAbsent(progress.phase(), System.nanoTime()),
                    new RtListImportService.Cancellation());
            long end = System.nanoTime();
            if (!result.completed()) {
                throw new IllegalStateException("the benchmark import did not complete: " + result.failure());
            }
            Map<RtListImportService.Phase, Double> phases = new EnumMap<>(RtListImportService.Phase.class);
            long phaseStart = start;
            RtListImportService.Phase previous = null;
            for (Map.Entry<RtListImportService.Phase, Long> seen : firstSeen.entrySet()) {
                if (previous != null) {
                    phases.put(previous, (seen.getValue() - phaseStart) / 1e9);
                    phaseStart = seen.getValue();
                }
                previous = seen.getKey();
            }
            if (previous != null) {
                phases.put(previous, (end - phaseStart) / 1e9);
            }
            return new Timed(result, (end - start) / 1e9, phases);
        }
    }

    /** Reads every record and touches every value, as the import must, and checks nothing. */
    static long rawParse(Path file) throws IOException {
        long characters = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                for (String value : record) {
                    characters += value.length();
                }
            }
        }
        return characters;
    }

    /**
     * A city's list: {@code rows} heads of household with structurally valid, distinct NIKs and KK
     * numbers over the six kecamatan of Balikpapan, in {@code rts} RTs of five per RW, in list order.
     */
    static Path generate(Path file, int rows, int rts) throws IOException {
        LocalDate births = LocalDate.of(1940, 1, 1);
        LocalDate issues = LocalDate.of(2008, 1, 1);
        // Two shuffles of the row numbers pick distinct (day, serial) pairs, so every number is new, and
        // in no order, as in a real list where neighbours were born years apart.
        Random random = new Random(SEED);
        int[] people = shuffled(rows, random);
        int[] families = shuffled(rows, random);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("No,No KK,NIK Kepala Keluarga,Nama Kepala Keluarga,Alamat,RT,RW,No HP\r\n");
            for (int i = 0; i < rows; i++) {
                int rt = (int) ((long) i * rts / rows);
                int person = people[i];
                int family = families[i];
                boolean woman = person % 4 == 0;
                String nik = DISTRICTS[person % DISTRICTS.length] + birthDigits(births.plusDays(person / 50), woman)
                        + String.format("%04d", 1 + person % 50);
                String kk = DISTRICTS[family % DISTRICTS.length] + birthDigits(issues.plusDays(family / 50), false)
                        + String.format("%04d", 51 + family % 50);
                String name = NAMES[i % NAMES.length];
                String phone = i % 2 == 0 ? String.format("0812%08d", i) : "";
                out.write((i + 1) + "," + kk + "," + nik + "," + csvCell(name) + ",\"Jl. Mulawarman No. "
                        + (1 + i % 200) + ", Gg. " + (1 + i % 9) + "\"," + (rt % 5 + 1) + "," + (rt / 5 + 1) + ","
                        + phone + "\r\n");
            }
        }
        return file;
    }

    private static int[] shuffled(int count, Random random) {
        int[] numbers = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = numbers[i];
            numbers[i] = numbers[j];
            numbers[j] = swap;
        }
        return numbers;
    }

    private static String birthDigits(LocalDate day, boolean woman) {
        return String.format("%02d%02d%02d", day.getDayOfMonth() + (woman ? 40 : 0), day.getMonthValue(),
                day.getYear() % 100);
    }

    private static String csvCell(String value) {
        return value.contains(",") ? '"' + value + '"' : value;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
