package id.loket.bench;

import id.loket.wiring.AppContext;
import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.domain.account.Agent;
import id.loket.domain.nik.Nik;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.service.registration.HouseholdLookup;
import id.loket.service.security.LoginService;
import id.loket.service.registration.RegistrationService;
import id.loket.service.rtlist.RtListImportResult;
import id.loket.service.rtlist.RtListImportService;
import id.loket.domain.audit.AuditAction;
import id.loket.storage.AuditLog;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.RegistrationRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The two things an agent waits for at the counter, at city scale (250,000 households in 2,000 RTs in
 * the encrypted H2 file, as REFERENCE "Scale of a deployment" asks):
 * <ul>
 *   <li><b>save</b>: {@link RegistrationService#save} up to the receipt PDF kept and "printed" by the
 *   PDF-folder printer (a PC without a printer), p50/p95/p99 against the goal p95 &le; 100 ms (UX: the
 *   agent never waits more than 100 ms without progress shown). Baselines in the same run, runs
 *   alternating: a one-page PDFBox document with a few lines of text made in memory, and one bare
 *   INSERT committed on its own into the same database (the least a durable save costs).</li>
 *   <li><b>lookup</b>: {@link HouseholdLookup#lookup} (NIK check, household, latest registration and its
 *   audit event) and {@link HouseholdRepository#findByAnyNik} alone, p99 against the goal &le; 2 ms;
 *   baseline a primary-key SELECT of a household.</li>
 * </ul>
 * The city is loaded with the real RT-list import from the file {@link ImportBenchmark} generates, on
 * top of a small demo office that brings the accounts.
 *
 * <p>Run: {@code ./mvnw -q -o -pl benchmarks -am verify -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.CounterLatencyBenchmark
 * [households] [saves] [lookups]}
 */
public final class CounterLatencyBenchmark {

    private static final int RTS_PER_1000 = 8;
    private static final int WARM_UP = 150;

    /** Latencies in nanoseconds of one operation, with their percentiles. */
    public record Latencies(String name, List<Long> nanos) {

        public double percentileMillis(double p) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "  %-44s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (n=%d)%n", name,
                    percentileMillis(50), percentileMillis(95), percentileMillis(99), nanos.size());
        }
    }

    /**
     * @param latest   the lookup's second query alone: the household's latest registration
     * @param auditRead the lookup's audit event alone: one INSERT committed into audit_event
     * @param plans    H2's EXPLAIN ANALYZE of the lookup's queries, to show which index each one reads
     */
    public record Result(int households, int rejectedOnImport, double importSeconds, Latencies save,
                         Latencies pdfBaseline, Latencies insertBaseline, Latencies lookup, Latencies findByNik,
                         Latencies primaryKey, Latencies latest, Latencies auditRead, List<String> plans) {

        public String report() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "counter latency, a city of %,d households in the encrypted H2 file (loaded in %.1f s, "
                            + "%d rows rejected by the import)%n", households, importSeconds, rejectedOnImport));
            text.append("save registration + receipt PDF kept and printed to the PDF folder:\n");
            text.append(save.line()).append(pdfBaseline.line()).append(insertBaseline.line());
            text.append(String.format(Locale.ROOT,
                    "  p95 save %.1f ms (goal <= 100 ms): %.1f x the one-page PDF, %.1f x the bare INSERT%n",
                    save.percentileMillis(95), save.percentileMillis(95) / pdfBaseline.percentileMillis(95),
                    save.percentileMillis(95) / insertBaseline.percentileMillis(95)));
            text.append("household lookup by NIK:\n");
            text.append(lookup.line()).append(findByNik.line()).append(primaryKey.line());
            text.append("  where the lookup's time goes:\n");
            text.append(latest.line()).append(auditRead.line());
            text.append(String.format(Locale.ROOT,
                    "  p99 lookup %.2f ms, findByAnyNik %.2f ms (goal <= 2 ms): %.1f x and %.1f x the primary-key "
                            + "SELECT%n", lookup.percentileMillis(99), findByNik.percentileMillis(99),
                    lookup.percentileMillis(99) / primaryKey.percentileMillis(99),
                    findByNik.percentileMillis(99) / primaryKey.percentileMillis(99)));
            text.append("EXPLAIN ANALYZE of the lookup's queries:\n");
            plans.forEach(plan -> text.append("  ").append(plan.replace("\n", "\n  ")).append('\n'));
            return text.toString();
        }
    }

    private CounterLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Path work = Files.createTempDirectory("loket-counter-bench");
        try {
            System.out.print(measure(households, saves, lookups, work).report());
        } finally {
            WorkFolders.deleteTree(work);
        }
    }

    public static Result measure(int households, int saves, int lookups, Path work) throws IOException {
        Path dataDir = work.resolve("data");
        Path keyFile = work.resolve("data.key");
        Path list = ImportBenchmark.generate(work.resolve("kota.csv"), households,
                Math.max(1, households * RTS_PER_1000 / 1_000));
        LoketSettings settings = SettingsLoader.load(Optional.empty(), Map.of("data.dir", dataDir.toString(),
                "security.key-file", keyFile.toString(), "device.printer", "pdf-folder"));
        try (AppContext app = AppContext.open(settings, Clock.systemDefaultZone())) {
            app.startDevices();
            app.security().demoData().fill(app.foundation().office(), 40);
            long start = System.nanoTime();
            RtListImportResult imported = app.lists().rtListImport().importFile(list,
                    app.foundation().office().kelurahanCode(),
                    "benchmark", RtListImportService.ProgressListener.NONE, new RtListImportService.Cancellation());
            double importSeconds = (System.nanoTime() - start) / 1e9;
            if (!imported.completed()) {
                throw new IllegalStateException("the city was not imported: " + imported.failure());
            }
            Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1",
                    "111111".toCharArray())).agent();
            // A second pool on the same file in this process: H2 shares the one open database.
            try (Database side = Database.openEmbedded(dataDir, DatabaseKey.loadOrCreate(keyFile))) {
                Jdbc jdbc = new Jdbc(side.dataSource());
                jdbc.update("CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                        + "PRIMARY KEY, at TIMESTAMP NOT NULL, note VARCHAR(100))");
                List<String> niks = niksOf(list);
                Collections.shuffle(niks, new Random(42));
                Map<String, Long> idOf = new HashMap<>();
                jdbc.forEach("SELECT head_nik, id FROM household", row -> idOf.put(row.getString(1), row.getLong(2)));
                List<Long> ids = niks.stream().map(idOf::get).filter(id -> id != null).toList();

                Latencies[] counter = measureSaves(app, agent, jdbc, ids, saves);
                Latencies[] reads = measureLookups(app, agent, jdbc, niks, ids, lookups);
                return new Result(imported.counts().imported() + imported.counts().updated(),
                        imported.counts().rejected(), importSeconds, counter[0], counter[1], counter[2], reads[0],
                        reads[1], reads[2], reads[3], reads[4], plans(jdbc, niks.get(0), ids.get(0)));
            }
        }
    }

    /** Save, one-page PDF and bare INSERT, alternating, each household saved once. */
    private static Latencies[] measureSaves(AppContext app, Agent agent, Jdbc jdbc, List<Long> ids, int saves) {
        List<Long> save = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        List<Long> insert = new ArrayList<>();
        long sink = 0;
        for (int i = 0; i < WARM_UP + saves; i++) {
            long household = ids.get(i);
            RegistrationDraft draft = new RegistrationDraft(household, Optional.empty(), RegistrationPath.OLEH_AGEN,
                    IkdState.NO_SMARTPHONE, Optional.of("081234567890"), true, Outcome.BERHASIL, Optional.empty(),
                    Optional.of(String.format("PLS-%08d", i)));
            long t0 = System.nanoTime();
            RegistrationService.SaveResult result = app.registration().registrations().save(draft, agent);
            long t1 = System.nanoTime();
            if (!(result instanceof RegistrationService.Saved saved)) {
                throw new IllegalStateException("not saved: " + result);
            }
            sink += onePagePdf(i).length;
            long t2 = System.nanoTime();
            jdbc.update("INSERT INTO bench_insert (at, note) VALUES (CURRENT_TIMESTAMP, ?)", "registration " + i);
            long t3 = System.nanoTime();
            sink += saved.receiptPdf().length;
            if (i >= WARM_UP) {
                save.add(t1 - t0);
                pdf.add(t2 - t1);
                insert.add(t3 - t2);
            }
        }
        if (sink == 42) {
            System.out.println("sink");
        }
        return new Latencies[] {new Latencies("RegistrationService.save (receipt + print)", save),
                new Latencies("baseline: one-page PDFBox document", pdf),
                new Latencies("baseline: one bare INSERT, committed", insert)};
    }

    /** Lookup, findByAnyNik and a primary-key SELECT, alternating, over households in random order. */
    private static Latencies[] measureLookups(AppContext app, Agent agent, Jdbc jdbc, List<String> niks,
                                              List<Long> ids, int lookups) {
        HouseholdRepository households = new HouseholdRepository(jdbc);
        RegistrationRepository registrations = new RegistrationRepository(jdbc);
        AuditLog audit = new AuditLog(jdbc, Clock.systemDefaultZone());
        List<Long> lookup = new ArrayList<>();
        List<Long> find = new ArrayList<>();
        List<Long> primary = new ArrayList<>();
        List<Long> latest = new ArrayList<>();
        List<Long> audited = new ArrayList<>();
        long sink = 0;
        for (int i = 0; i < WARM_UP * 10 + lookups; i++) {
            String nik = niks.get((int) Math.floorMod((long) i * 7919, (long) niks.size()));
            long id = ids.get((int) Math.floorMod((long) i * 104729, (long) ids.size()));
            long t0 = System.nanoTime();
            HouseholdLookup.Result found = app.registration().lookup().lookup(nik, agent);
            long t1 = System.nanoTime();
            sink += households.findByAnyNik(Nik.ofStored(nik)).map(h -> h.id()).orElse(0L);
            long t2 = System.nanoTime();
            sink += jdbc.one("SELECT id, head_name FROM household WHERE id = ?", row -> row.getString(2).length(), id)
                    .orElse(0);
            long t3 = System.nanoTime();
            sink += registrations.latestForHousehold(id).map(r -> r.id()).orElse(0L);
            long t4 = System.nanoTime();
            audit.record("benchmark", AuditAction.HOUSEHOLD_READ, "household", String.valueOf(id), "benchmark read");
            long t5 = System.nanoTime();
            if (found.status().isEmpty()) {
                throw new IllegalStateException("household of a listed NIK not found");
            }
            if (i >= WARM_UP * 10) {
                lookup.add(t1 - t0);
                find.add(t2 - t1);
                primary.add(t3 - t2);
                latest.add(t4 - t3);
                audited.add(t5 - t4);
            }
        }
        if (sink == 42) {
            System.out.println("sink");
        }
        return new Latencies[] {new Latencies("HouseholdLookup.lookup (with audit event)", lookup),
                new Latencies("HouseholdRepository.findByAnyNik", find),
                new Latencies("baseline: primary-key SELECT", primary),
                new Latencies("RegistrationRepository.latestForHousehold", latest),
                new Latencies("AuditLog.record (one INSERT, committed)", audited)};
    }

    /** H2's plans, with the rows each query read, for the lookup's two queries. */
    private static List<String> plans(Jdbc jdbc, String nik, long householdId) {
        List<String> plans = new ArrayList<>();
        plans.add(jdbc.one("EXPLAIN ANALYZE SELECT h.id, h.kk_number, h.head_nik, h.head_name, h.address, h.phone, "
                + "r.rw, r.rt FROM household h JOIN rt r ON r.id = h.rt_id WHERE h.head_nik = ? AND h.purged_at IS NULL",
                row -> row.getString(1), nik).orElse(""));
        plans.add(jdbc.one("EXPLAIN ANALYZE SELECT id FROM registration WHERE household_id = ? ORDER BY CASE outcome "
                + "WHEN 'BERHASIL' THEN 0 ELSE 1 END, saved_at DESC, id DESC LIMIT 1", row -> row.getString(1),
                householdId).orElse(""));
        return plans;
    }

    /** A receipt-sized PDF with PDFBox alone: one A6 page, twelve lines of text, saved to memory. */
    static byte[] onePagePdf(int n) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 9);
                content.newLineAtOffset(20, 380);
                for (int line = 0; line < 12; line++) {
                    content.showText("Tanda terima REG-" + n + " baris " + line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PDFBox failed in memory", e);
        }
    }

    /** The head NIKs of the generated list (third column). */
    private static List<String> niksOf(Path list) throws IOException {
        List<String> niks = new ArrayList<>();
        try (var lines = Files.lines(list)) {
            lines.skip(1).forEach(line -> niks.add(line.split(",", 4)[2]));
        }
        return niks;
    }
}
