package id.loket.bench;

import id.loket.domain.text.Texts;
import id.loket.domain.office.OfficeProfile;
import id.loket.service.rtlist.RtListImportResult;
import id.loket.service.rtlist.RtListImportService;
import id.loket.service.rtlist.ReadingLimits;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.Jdbc;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Proves the RT list import's memory bound: each case runs the whole import of a city-sized file in a
 * child JVM with a fixed heap ({@code -Xmx512m} by default, what a 4 GB counter PC gives Loket) that
 * exits at once on {@link OutOfMemoryError}, and reports whether it finished, how long it took and the
 * highest heap use seen. Cases: a city's valid list as CSV and as a workbook, a city's list of which
 * every row is rejected, and a file one row beyond the row limit (refused).
 *
 * <p>Too slow for a unit test (a minute or more per case on a busy 2-core PC); {@code
 * ImportMemoryHarnessTest} checks the harness itself on a small city.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am verify -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.ImportMemoryHarness [rows] [heap]}
 */
public final class ImportMemoryHarness {

    private static final String RESULT = "RESULT ";

    /** What one child JVM did: its exit code, and what it printed as its result when it got that far. */
    public record Outcome(String name, String heap, int exitCode, String status, int imported, int rejected,
                          String failure, double seconds, long peakHeapMegabytes) {

        public boolean finished() {
            return exitCode == 0 && !status.isEmpty();
        }

        String line() {
            return String.format(Locale.ROOT, "  %-26s %-9s %6.1f s  peak heap %4d MB of %s  imported %,d  rejected %,d%s",
                    name, finished() ? status : "DIED(" + exitCode + ")", seconds, peakHeapMegabytes, heap, imported,
                    rejected, failure.isEmpty() ? "" : "  " + failure);
        }
    }

    private ImportMemoryHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        String heap = args.length > 1 ? args[1] : "512m";
        Path work = Files.createTempDirectory("loket-import-memory");
        try {
            List<Outcome> outcomes = measure(rows, heap, work);
            System.out.println("RT list import in a child JVM with -Xmx" + heap + ", " + String.format("%,d", rows)
                    + " rows:");
            outcomes.forEach(outcome -> System.out.println(outcome.line()));
        } finally {
            WorkFolders.deleteTree(work);
        }
    }

    public static List<Outcome> measure(int rows, String heap, Path work) throws IOException, InterruptedException {
        int rts = Math.max(1, rows / 125);
        List<Outcome> outcomes = new ArrayList<>();
        Path csv = ImportBenchmark.generate(work.resolve("kota.csv"), rows, rts);
        outcomes.add(child("city list, CSV", csv, heap, work.resolve("data-csv")));
        Path xlsx = workbookOf(csv, work.resolve("kota.xlsx"));
        outcomes.add(child("city list, workbook", xlsx, heap, work.resolve("data-xlsx")));
        Path rejected = everyRowRejected(csv, work.resolve("salah.csv"));
        outcomes.add(child("every row rejected, CSV", rejected, heap, work.resolve("data-rejected")));
        Path tooLong = oneRowBeyondTheLimit(work.resolve("terlalu-banyak.csv"));
        outcomes.add(child("one row beyond the limit", tooLong, heap, work.resolve("data-limit")));
        return outcomes;
    }

    /** Imports {@code file} into a fresh database in {@code dataDir}, in a child JVM with {@code heap}. */
    static Outcome child(String name, Path file, String heap, Path dataDir)
            throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), file.toString(), dataDir.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String[] parts = result.isEmpty() ? new String[] {"", "0", "0", "", "0", "0"} : result.split("\t", -1);
        return new Outcome(name, heap, process.exitValue(), parts[0], Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), parts[3], Double.parseDouble(parts[4]), Long.parseLong(parts[5]));
    }

    /** The same list as a workbook, numbers as text as offices keep them, one sheet. */
    static Path workbookOf(Path csv, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx);
             BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            Workbook workbook = new Workbook(out, "Loket benchmarks", "1.0");
            Worksheet sheet = workbook.newWorksheet("Daftar");
            int r = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), r++) {
                List<String> cells = cells(line);
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(r, c, cells.get(c));
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
            workbook.finish();
        }
        return xlsx;
    }

    /** The generated list's cells: commas separate, a quoted cell may hold commas. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The list with every head's NIK cut to 15 digits, as Excel does to a long number: every row is rejected. */
    static Path everyRowRejected(Path csv, Path out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(in.readLine() + "\r\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", 4);
                writer.write(cells[0] + "," + cells[1] + "," + cells[2].substring(0, 15) + "," + cells[3] + "\r\n");
            }
        }
        return out;
    }

    private static Path oneRowBeyondTheLimit(Path out) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("No,No KK,NIK,Nama,Alamat,RT,RW\r\n");
            for (int i = 1; i <= ReadingLimits.STANDARD.maxRows(); i++) {
                writer.write(i + ",6471051203150007,6471054707500003,Budi,Jl. A,1,1\r\n");
            }
        }
        return out;
    }

    /** Runs one import in this JVM and prints its result on one line. */
    public static final class Child {

        private Child() {
        }

        public static void main(String[] args) {
            Path file = Path.of(args[0]);
            Path dataDir = Path.of(args[1]);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return; // the import is over
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            DatabaseKey key = DatabaseKey.loadOrCreate(dataDir.resolveSibling(dataDir.getFileName() + ".key"));
            try (Database database = Database.openEmbedded(dataDir, key)) {
                RtListImportService service = id.loket.wiring.ListsArea
                        .rtListImportAlone(new Jdbc(database.dataSource()),
                        Texts.forLocale(Texts.ENGLISH), new OfficeProfile(ImportBenchmark.KELURAHAN, "Kelurahan Benchmark", ""),
                        Clock.systemDefaultZone());
                long start = System.nanoTime();
                RtListImportResult result = service.importFile(file, ImportBenchmark.KELURAHAN, "harness");
                double seconds = (System.nanoTime() - start) / 1e9;
                sampler.interrupt();
                String failure = result.failure().isEmpty() ? "" : result.failure().get(0).key();
                System.out.println(RESULT + String.join("\t", result.status().name(),
                        String.valueOf(result.counts().imported()), String.valueOf(result.counts().rejected()),
                        failure, String.format(Locale.ROOT, "%.2f", seconds),
                        String.valueOf(peak.get() / (1024 * 1024))));
            }
        }
    }
}
