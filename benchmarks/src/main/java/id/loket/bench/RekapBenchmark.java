package id.loket.bench;

import com.google.gson.JsonParser;
import id.loket.config.Kelurahan;
import id.loket.config.KelurahanCatalog;
import id.loket.domain.dailyfile.DailyFigures;
import id.loket.domain.dailyfile.QueueFigures;
import id.loket.domain.dailyfile.RtFigures;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import id.loket.service.dailyfile.DailyFileFormat;
import id.loket.service.dailyfile.OfficeKey;
import id.loket.service.dailyfile.SignedDailyFile;
import id.loket.service.rekap.OfficeKeys;
import id.loket.service.rekap.RekapService;
import id.loket.service.rekap.RekapPdf;
import id.loket.service.rekap.RekapResult;
import id.loket.service.rekap.RekapWorkbook;
import id.loket.storage.OfficeSigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The city's roll-up: {@code loket rekap} over Kota Samarinda's 59 kelurahan x 30 days (1,770 signed daily
 * files of 40 to 80 RTs each, read from a folder; goal about 1 s), against baselines measured in the same
 * run: A, reading the same files and parsing their JSON with Gson, without checking or merging anything
 * (the least any merge of these files must do); B, A plus verifying every file's Ed25519 signature one
 * after another as the merge does (BouncyCastle); B', the same with the JDK 17's own Ed25519, which the
 * merge used before and which was most of its time; "checks as before": reading, parsing and the JDK's
 * verification on every core, as the merge's checks ran before (the merge's bookkeeping left out, so the
 * ratio to it understates the gain). Then writing the workbook and the A4 PDF from the merged result, the
 * rest of {@code loket rekap --out --pdf}. Runs alternate after a warm-up; reported as medians and ratios.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am verify -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.RekapBenchmark [runs]}
 */
public final class RekapBenchmark {

    static final String CITY = "64.72";
    static final int DAYS = 30;
    private static final int WARM_UP_RUNS = 3;

    private RekapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path work = Files.createTempDirectory("loket-rekap-bench");
        try {
            List<Kelurahan> offices = KelurahanCatalog.builtIn().all().stream()
                    .filter(k -> k.cityCode().equals(CITY)).toList();
            List<OfficeKey> keys = new ArrayList<>();
            List<Path> files = write(work, offices, keys);
            OfficeKeys registered = OfficeKeys.of(keys);
            RekapService rekap = new RekapService(KelurahanCatalog.builtIn());
            long sink = 0;
            RekapResult check = rekap.mergeFiles(files, registered);
            if (!check.refused().isEmpty() || check.filesMerged() != files.size()) {
                throw new IllegalStateException("the benchmark's files did not all merge: " + check.refused());
            }
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                sink += baseline(files);
                sink += rekap.mergeFiles(files, registered).filesMerged();
            }
            List<SignedDailyFile> parsed = new ArrayList<>();
            for (Path file : files) {
                parsed.add(readSigned(file));
            }
            List<Long> baseline = new ArrayList<>();
            List<Long> verifying = new ArrayList<>();
            List<Long> verifyingJdk = new ArrayList<>();
            List<Long> checksBefore = new ArrayList<>();
            List<Long> merge = new ArrayList<>();
            List<Long> workbook = new ArrayList<>();
            List<Long> pdf = new ArrayList<>();
            Texts texts = Texts.indonesian();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                sink += baseline(files);
                baseline.add(System.nanoTime() - start);
                start = System.nanoTime();
                sink += baseline(files) + verifyAll(parsed, registered);
                verifying.add(System.nanoTime() - start);
                start = System.nanoTime();
                sink += baseline(files) + verifyAllWithTheJdk(parsed, keys);
                verifyingJdk.add(System.nanoTime() - start);
                start = System.nanoTime();
                sink += checksAsBefore(files, keys);
                checksBefore.add(System.nanoTime() - start);
                start = System.nanoTime();
                RekapResult result = rekap.mergeFiles(files, registered);
                sink += result.filesMerged();
                merge.add(System.nanoTime() - start);
                start = System.nanoTime();
                sink += new RekapWorkbook(texts).write(result).length;
                workbook.add(System.nanoTime() - start);
                start = System.nanoTime();
                sink += new RekapPdf(texts).write(result).length;
                pdf.add(System.nanoTime() - start);
            }
            long households = check.cities().get(0).total().households();
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "rekap, %d kelurahan x %d days = %,d files (%,d households), %d runs each "
                            + "(median)%n"
                            + "  baseline A, read and parse the JSON only:                        %7.1f ms%n"
                            + "  baseline B, A + verify every signature on one core (BouncyCastle): %7.1f ms%n"
                            + "  baseline B', A + verify every signature on one core (JDK 17):     %7.1f ms%n"
                            + "  checks as before (read, parse, JDK verify on %d cores):             %7.1f ms%n"
                            + "  merge (read, check region, verify on %d cores, merge):            %7.1f ms  ratio %.2f to A,"
                            + " %.2f to B; before/after %.2f  (goal about 1000 ms)%n"
                            + "  workbook (.xlsx) from the merged result:                         %7.1f ms%n"
                            + "  A4 PDF with the charts from the merged result:                   %7.1f ms%n"
                            + "  loket rekap --out --pdf (merge + workbook + PDF):                %7.1f ms%n"
                            + "  (sink %d)%n",
                    offices.size(), DAYS, files.size(), households, runs, millis(median(baseline)),
                    millis(median(verifying)), millis(median(verifyingJdk)), cores, millis(median(checksBefore)),
                    cores, millis(median(merge)), (double) median(merge) / median(baseline),
                    (double) median(merge) / median(verifying), (double) median(checksBefore) / median(merge),
                    millis(median(workbook)), millis(median(pdf)),
                    millis(median(merge) + median(workbook) + median(pdf)), sink);
        } finally {
            WorkFolders.deleteTree(work);
        }
    }

    /** Each office's key and its 30 days of files, the registered count growing day by day. */
    private static List<Path> write(Path work, List<Kelurahan> offices, List<OfficeKey> keys) throws IOException {
        Random random = new Random(20260604L);
        List<Path> files = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 6, 4);
        for (Kelurahan office : offices) {
            OfficeSigningKey key = OfficeSigningKey.loadOrCreate(work.resolve("keys").resolve(office.code() + ".key"));
            OfficeKey publicKey = new OfficeKey(office.code(), key.publicKey());
            keys.add(publicKey);
            int rts = 40 + random.nextInt(41);
            for (int d = 0; d < DAYS; d++) {
                DailyFigures figures = figures(office.code(), first.plusDays(d), rts, d, random);
                String signature = Base64.getEncoder().encodeToString(key.sign(DailyFileFormat.signedBytes(figures)));
                Path file = work.resolve("loket-harian-" + office.code() + "-" + figures.day() + ".json");
                Files.write(file, DailyFileFormat.write(new SignedDailyFile(figures, publicKey.fingerprint(), signature)));
                files.add(file);
            }
        }
        return files;
    }

    private static DailyFigures figures(String code, LocalDate day, int rts, int dayIndex, Random random) {
        List<RtFigures> list = new ArrayList<>();
        int registered = 0;
        for (int i = 1; i <= rts; i++) {
            int households = 60 + (i * 7) % 40;
            int done = Math.min(households - 2, households * (dayIndex + 1) / DAYS);
            registered += done;
            list.add(new RtFigures(String.format("%03d", 1 + i / 10), String.format("%03d", i), households, done,
                    random.nextInt(2), random.nextInt(2), Map.of(ExplanationReason.MOVED_OUT, 1)));
        }
        Map<RegistrationPath, Integer> paths = new EnumMap<>(RegistrationPath.class);
        paths.put(RegistrationPath.OLEH_AGEN, registered - registered / 4);
        paths.put(RegistrationPath.MANDIRI_IKD, registered / 4);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        outcomes.put(Outcome.BERHASIL, 80 + random.nextInt(40));
        outcomes.put(Outcome.GAGAL, random.nextInt(10));
        return new DailyFigures(code, day, "bench", day.atTime(16, 0).toInstant(ZoneOffset.UTC), list, paths, outcomes,
                random.nextInt(3), random.nextInt(20), 50, 20, new QueueFigures(150, 140, 60));
    }

    private static long baseline(List<Path> files) throws IOException {
        long sink = 0;
        for (Path file : files) {
            sink += JsonParser.parseString(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                    .getAsJsonObject().size();
        }
        return sink;
    }

    private static SignedDailyFile readSigned(Path file) throws IOException {
        try {
            return DailyFileFormat.read(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (id.loket.service.dailyfile.DailyFileException e) {
            throw new IllegalStateException("the benchmark wrote a file it cannot read: " + file, e);
        }
    }

    private static long verifyAll(List<SignedDailyFile> parsed, OfficeKeys registered) {
        long sink = 0;
        for (SignedDailyFile file : parsed) {
            sink += registered.verify(file).ordinal();
        }
        return sink;
    }

    /** The merge's verification until BouncyCastle's: the JDK's Ed25519, one file after another. */
    private static long verifyAllWithTheJdk(List<SignedDailyFile> parsed, List<OfficeKey> keys) {
        Map<String, OfficeKey> byOffice = new java.util.HashMap<>();
        keys.forEach(key -> byOffice.put(key.kelurahanCode(), key));
        long sink = 0;
        for (SignedDailyFile file : parsed) {
            sink += jdkVerifies(byOffice.get(file.figures().kelurahanCode()), file) ? 1 : 0;
        }
        return sink;
    }

    /** What the merge's per-file checks cost before: read, parse and the JDK's verification on every core. */
    private static long checksAsBefore(List<Path> files, List<OfficeKey> keys) {
        Map<String, OfficeKey> byOffice = new java.util.HashMap<>();
        keys.forEach(key -> byOffice.put(key.kelurahanCode(), key));
        return files.parallelStream().mapToLong(path -> {
            try {
                SignedDailyFile file = readSigned(path);
                return jdkVerifies(byOffice.get(file.figures().kelurahanCode()), file) ? 1 : 0;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sum();
    }

    private static boolean jdkVerifies(OfficeKey key, SignedDailyFile file) {
        try {
            java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
            verifier.initVerify(key.key());
            verifier.update(DailyFileFormat.signedBytes(file.figures()));
            return verifier.verify(Base64.getDecoder().decode(file.signatureBase64()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot verify Ed25519", e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
