package id.loket.device.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ReceiptPrinter;
import id.loket.device.testing.Await;
import id.loket.device.testing.Contexts;
import id.loket.device.testing.Peers;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OS printer driver through javax.print into CUPS, with the cups-pdf printer (queue LoketPDF, set
 * up by .ci/run; another name in LOKET_CUPS_QUEUE): the receipt must come out of cups-pdf as a PDF of
 * the receipt's own size. Queues for the fault cases are made and removed by the tests (needs the
 * right to run lpadmin, as CI has).
 */
class CupsPrintTest {

    private static final String QUEUE = System.getenv().getOrDefault("LOKET_CUPS_QUEUE", "LoketPDF");

    @TempDir
    Path dir;
    private ReceiptPrinter printer;
    private final List<String> madeQueues = new ArrayList<>();

    @AfterEach
    void tearDown() {
        if (printer != null) {
            printer.stop();
        }
        for (String queue : madeQueues) {
            Peers.run("cancel", "-a", queue);
            Peers.run("lpadmin", "-x", queue);
        }
    }

    private static void requireCups() {
        Peers.require(Peers.executable("lpstat") && Peers.run("lpstat", "-p", QUEUE) != null,
                "CUPS with the cups-pdf queue " + QUEUE + " (packages cups, cups-bsd, printer-driver-cups-pdf; "
                        + "cupsd running; lpadmin -p " + QUEUE + " -E -v cups-pdf:/ -m <a CUPS-PDF PPD>)");
        Peers.require(Peers.executable("lpr"), "lpr (package cups-bsd), which Java's print service runs");
    }

    private ReceiptPrinter printer(String queue, String confirmMillis) {
        printer = DeviceRegistry.load().printer(Contexts.choice("os-printer", "printer", queue, "status-poll-ms", "0",
                "confirm-timeout-ms", confirmMillis), Contexts.context(dir));
        printer.start();
        Await.until(Duration.ofSeconds(10), "the queue check", () -> printer.status().state()
                != DeviceStatus.State.CONNECTING, printer::status);
        return printer;
    }

    @Test
    void aReceiptComesOutOfCupsPdfAtItsOwnSize() throws Exception {
        requireCups();
        printer(QUEUE, "60000");
        assertThat(printer.status().usable()).as("%s", printer.status()).isTrue();
        String name = "loket-receipt-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        PrintResult result = printer.print(PrintJob.pdf(name, TestPdfs.receipt("TANDA TERIMA " + name, 80, 120)));
        assertThat(result.confirmed()).as(result.detail()).isTrue();
        assertThat(result.detail()).startsWith("CUPS finished job " + QUEUE + "-");

        Path pdf = awaitOutput(name);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth() / TestPdfs.MM).as("width in mm").isBetween(79f, 81f);
            assertThat(box.getHeight() / TestPdfs.MM).as("height in mm: no A4 page wasted").isBetween(119f, 121f);
            // Java's print service sends the page as PostScript drawings, so cups-pdf's PDF has the text as
            // shapes: look for them, and for the black box, in a rendering of the page.
            BufferedImage page = new PDFRenderer(document).renderImage(0, 2f);
            assertThat(darkPixels(page, 0, 0, page.getWidth(), page.getHeight() / 5)).as("the text line").isPositive();
            int boxX = (int) (10 * TestPdfs.MM * 2);
            int boxY = (int) ((120 - 9) * TestPdfs.MM * 2);
            assertThat(darkPixels(page, boxX, boxY, 20, 5)).as("the black box").isEqualTo(100);
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void aPausedQueueFailsTheJobAtOnce() throws Exception {
        requireCups();
        String queue = makeQueue("LoketPaused", "cups-pdf:/");
        Peers.require(Peers.run("cupsdisable", queue) != null, "the right to pause a CUPS queue");
        printer(queue, "5000");
        assertThat(printer.status().problem()).contains(DeviceProblem.PRINTER_OFFLINE);
        PrintResult result = printer.print(PrintJob.pdf("A-001", TestPdfs.receipt("A-001", 80, 60)));
        assertThat(result.problem()).contains(DeviceProblem.PRINTER_OFFLINE);
        assertThat(result.detail()).contains("paused");
    }

    @Test
    void aJobThatStaysQueuedIsCancelledAndFails() throws Exception {
        requireCups();
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String queue = makeQueue("LoketOff", "socket://127.0.0.1:" + closedPort);
        printer(queue, "3000");
        PrintResult result = printer.print(PrintJob.pdf("A-002", TestPdfs.receipt("A-002", 80, 60)));
        assertThat(result.problem()).contains(DeviceProblem.TIMEOUT);
        assertThat(result.detail()).contains("cancelled");
        String pending = Peers.run("lpstat", "-W", "not-completed", "-o", queue);
        assertThat(pending).as("the job must not wait to print later").isNotNull().doesNotContain(queue + "-");
    }

    @Test
    void anUnknownQueueIsPrinterNotFound() throws Exception {
        requireCups();
        printer("NoSuchLoketQueue", "0");
        assertThat(printer.status().problem()).contains(DeviceProblem.PRINTER_NOT_FOUND);
        PrintResult result = printer.print(PrintJob.pdf("A-003", TestPdfs.receipt("A-003", 80, 60)));
        assertThat(result.problem()).contains(DeviceProblem.PRINTER_NOT_FOUND);
        assertThat(result.detail()).contains(QUEUE);
    }

    private String makeQueue(String prefix, String uri) {
        String queue = prefix + ProcessHandle.current().pid();
        Peers.require(Peers.run("lpadmin", "-p", queue, "-E", "-v", uri) != null, "the right to add a CUPS queue (lpadmin)");
        madeQueues.add(queue);
        // Java looks print services up once a while; a new queue must be visible to this JVM.
        Await.until(Duration.ofSeconds(10), "Java to see queue " + queue, () -> OsPrinter.serviceNames().contains(queue),
                OsPrinter::serviceNames);
        return queue;
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 80) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** cups-pdf writes to the user's ~/PDF, or its spool folder for anonymous jobs. */
    private static Path awaitOutput(String name) throws IOException {
        List<Path> folders = new ArrayList<>();
        Optional.ofNullable(System.getenv("LOKET_CUPS_PDF_DIR")).map(Path::of).ifPresent(folders::add);
        folders.add(Path.of(System.getProperty("user.home"), "PDF"));
        folders.add(Path.of("/var/spool/cups-pdf", System.getProperty("user.name")));
        folders.add(Path.of("/var/spool/cups-pdf/ANONYMOUS"));
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> found = files.filter(f -> f.getFileName().toString().contains(name)
                            && f.toString().endsWith(".pdf")).findFirst();
                    if (found.isPresent() && Files.size(found.get()) > 0) {
                        Await.sleep(200);
                        return found.get();
                    }
                }
            }
            Await.sleep(100);
        }
        throw new AssertionError("cups-pdf wrote no PDF named *" + name + "* in " + folders);
    }
}
