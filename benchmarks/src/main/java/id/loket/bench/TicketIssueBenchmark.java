package id.loket.bench;

import id.loket.wiring.AppContext;
import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.documents.PaperSize;
import id.loket.documents.TicketDocument;
import id.loket.documents.TicketRenderer;
import id.loket.domain.queue.Lane;
import id.loket.service.queue.TicketService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Issuing a queue ticket as the resident's touch does it: the next number in a
 * transaction on the encrypted H2 file, the people ahead and the waiting window from the queue policy,
 * the ticket PDF made and kept in the documents folder: ready for the printer, which is left out. The
 * baseline, timed in the same run, is PDFBox making a one-page document with one line of text.
 * Goals: p95 at most 30 ms, and at most 3 times the baseline's p95.
 *
 * <p>The queue is not empty while measuring: {@code waiting} tickets are issued first (a busy
 * morning), since the policy's prediction of who is ahead grows with the queue.
 *
 * <p>Run: {@code ./mvnw -q -o -pl benchmarks -am verify -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.TicketIssueBenchmark [tickets] [waiting]}
 */
public final class TicketIssueBenchmark {

    /** Every ticket of the run at 09:00 of an ordinary day, well before the queue closes. */
    private static final Clock NINE = Clock.fixed(LocalDate.of(2026, 6, 4).atTime(9, 0)
            .atZone(ZoneId.of("Asia/Makassar")).toInstant(), ZoneId.of("Asia/Makassar"));
    private static final String[] SERVICES = {"PERLINSOS", "IKD", "PEKERJA_RENTAN", "INFORMASI"};

    /**
     * @param renderMillis the ticket PDF alone (TicketRenderer, 80 mm, with its QR), to show how the issue
     *                     divides between the printout and the database
     */
    public record Result(int tickets, int waitingBefore, double[] issueMillis, double[] baselineMillis,
                         double[] renderMillis) {

        public double issueP50() {
            return percentile(issueMillis, 50);
        }

        public double issueP95() {
            return percentile(issueMillis, 95);
        }

        public double baselineP50() {
            return percentile(baselineMillis, 50);
        }

        public double baselineP95() {
            return percentile(baselineMillis, 95);
        }

        public double ratioP95() {
            return issueP95() / baselineP95();
        }

        public String report() {
            return String.format(Locale.ROOT,
                    "Ticket issue: %,d tickets measured, %,d already waiting before the first%n"
                            + "  PDFBox one-page document (baseline): p50 %6.2f ms  p95 %6.2f ms%n"
                            + "  issue (number + estimate + PDF kept, no printer): p50 %6.2f ms  p95 %6.2f ms"
                            + "  (goal p95 <= 30 ms)%n"
                            + "  of which the ticket PDF alone: p50 %6.2f ms  p95 %6.2f ms%n"
                            + "  ratio p95 issue / p95 baseline: %6.2f  (goal <= 3)%n",
                    tickets, waitingBefore, baselineP50(), baselineP95(), issueP50(), issueP95(),
                    percentile(renderMillis, 50), percentile(renderMillis, 95), ratioP95());
        }
    }

    private TicketIssueBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int waiting = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path work = Files.createTempDirectory("loket-ticket-bench");
        System.out.print(measure(tickets, waiting, work).report());
    }

    public static Result measure(int tickets, int waiting, Path work) {
        Path dataDir = work.resolve("data");
        Map<String, String> overrides = new HashMap<>();
        overrides.put("data.dir", dataDir.toString());
        overrides.put("security.key-file", work.resolve("loket.key").toString());
        overrides.put("device.printer", "simulated");
        LoketSettings settings = SettingsLoader.load(Optional.empty(), overrides);
        try (AppContext app = AppContext.open(settings, NINE)) {
            app.startDevices();
            TicketService service = app.queue().tickets();
            // Warm-up: the JIT, PDFBox's fonts and the ZXing encoder, in both code paths.
            for (int i = 0; i < 30; i++) {
                baselinePage(i);
            }
            // The queue of a busy morning: these are issued (printed) and wait for a counter.
            for (int i = 0; i < waiting; i++) {
                service.issue(SERVICES[i % SERVICES.length], lane(i));
            }
            double[] issue = new double[tickets];
            double[] baseline = new double[tickets];
            double[] render = new double[tickets];
            TicketRenderer renderer = new TicketRenderer(app.foundation().texts());
            // Interleaved, so a slow moment of the machine falls on both alike.
            for (int i = 0; i < tickets; i++) {
                long start = System.nanoTime();
                byte[] page = baselinePage(i);
                baseline[i] = millis(start);
                start = System.nanoTime();
                TicketService.Prepared made = prepare(service, waiting + i);
                issue[i] = millis(start);
                start = System.nanoTime();
                renderer.render(new TicketDocument(app.foundation().office().name(),
                        app.foundation().office().address(),
                        made.ticket().displayNumber(), made.serviceName(), false, made.ticket().issuedAt(),
                        made.estimate().peopleAhead(), made.ticket().qrPayload(), Optional.of(made.estimate()), made.documents(),
                        Optional.empty()), PaperSize.THERMAL_80);
                render[i] = millis(start);
                if (page.length == 0 || made.pdf().length == 0) {
                    throw new IllegalStateException("the benchmark ticket was not made");
                }
            }
            return new Result(tickets, waiting, issue, baseline, render);
        }
    }

    private static TicketService.Prepared prepare(TicketService service, int i) {
        return service.prepare(SERVICES[i % SERVICES.length], lane(i), Optional.empty());
    }

    /** One resident in five in the priority lane. */
    private static Lane lane(int i) {
        return i % 5 == 0 ? Lane.PRIORITY : Lane.REGULAR;
    }

    /** The baseline: one 80 mm page with one line of text, saved to bytes. */
    static byte[] baselinePage(int i) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(226.8f, 300f));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 24);
                content.newLineAtOffset(20, 250);
                content.showText("A-" + (100 + i % 900));
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
