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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ESC/POS over TCP to a loopback printer that records the bytes; compared with golden files. */
class EscPosTcpTest {

    static final byte[] RAW_TICKET = HexFormat.of().parseHex(
            "1b40" + "1b6101" + "1d2111" + HexFormat.of().formatHex("A-023\n".getBytes()) + "1d2100"
                    + HexFormat.of().formatHex("Kelurahan Gunung Bahagia\n".getBytes()) + "1b6403" + "1d5601");

    @TempDir
    Path dir;
    private FakeEscPosPrinter fake;
    private ReceiptPrinter printer;

    @BeforeEach
    void startFake() throws Exception {
        fake = new FakeEscPosPrinter();
    }

    @AfterEach
    void stop() throws Exception {
        if (printer != null) {
            printer.stop();
        }
        fake.close();
    }

    private ReceiptPrinter printer(String... extra) {
        String[] parameters = new String[extra.length + 6];
        System.arraycopy(new String[] {"host", "127.0.0.1", "port", String.valueOf(fake.port()), "status-poll-ms", "0"},
                0, parameters, 0, 6);
        System.arraycopy(extra, 0, parameters, 6, extra.length);
        printer = DeviceRegistry.load().printer(Contexts.choice("escpos-tcp", parameters), Contexts.context(dir));
        printer.start();
        Await.until(Duration.ofSeconds(3), "the first status check", () -> fake.connections().size() == 1
                && printer.status().state() != DeviceStatus.State.CONNECTING, printer::status);
        return printer;
    }

    private byte[] jobBytes() {
        Await.until(Duration.ofSeconds(3), "the job's connection to close", () -> fake.connections().size() == 2);
        return fake.connections().get(1);
    }

    @Test
    void rawEscPosGoesOutUnchangedBetweenStatusChecks() throws Exception {
        printer();
        assertThat(printer.status().usable()).isTrue();
        PrintResult result = printer.print(PrintJob.escPos("A-023", RAW_TICKET));
        assertThat(result.confirmed()).as(result.detail()).isTrue();
        assertThat(result.detail()).contains("printer reports no problem");
        byte[] sent = jobBytes();
        byte[] status = HexFormat.of().parseHex("100401100402100404");
        assertThat(Arrays.copyOfRange(sent, 0, 9)).isEqualTo(status);
        assertThat(Arrays.copyOfRange(sent, 9, 9 + RAW_TICKET.length)).isEqualTo(RAW_TICKET);
        assertThat(Arrays.copyOfRange(sent, 9 + RAW_TICKET.length, sent.length)).isEqualTo(status);
        Golden.assertMatches("escpos-raw-ticket.bin", sent);
    }

    @Test
    void aReceiptPdfIsRasterisedToTheGoldenBytes() throws Exception {
        printer("paper", "80mm", "cut", "partial", "feed-lines", "4");
        PrintResult result = printer.print(PrintJob.pdf("REG-000001", TestPdfs.shapes(80, 50)));
        assertThat(result.confirmed()).as(result.detail()).isTrue();
        byte[] sent = jobBytes();
        byte[] job = Arrays.copyOfRange(sent, 9, sent.length - 9);
        assertThat(Arrays.copyOfRange(job, 0, 2)).as("ESC @").isEqualTo(new byte[] {0x1B, 0x40});
        int raster = indexOf(job, new byte[] {0x1D, 0x76, 0x30});
        assertThat(raster).as("GS v 0 raster image").isPositive();
        assertThat(job[raster + 4] & 0xFF).as("72 bytes = 576 dots wide").isEqualTo(72);
        int rows = (job[raster + 6] & 0xFF) + 256 * (job[raster + 7] & 0xFF);
        assertThat(rows).as("50 mm at 203 dpi").isBetween(398, 401);
        assertThat(indexOf(job, new byte[] {0x1D, 0x56})).as("GS V cut").isGreaterThan(raster);
        Golden.assertMatches("escpos-receipt-80mm.bin", sent);
    }

    @Test
    void a58mmPrinterGetsA384DotRaster() throws Exception {
        printer("paper", "58mm");
        assertThat(printer.print(PrintJob.pdf("A-001", TestPdfs.shapes(58, 30))).confirmed()).isTrue();
        byte[] sent = jobBytes();
        int raster = indexOf(sent, new byte[] {0x1D, 0x76, 0x30});
        assertThat(sent[raster + 4] & 0xFF).isEqualTo(48);
        Golden.assertMatches("escpos-ticket-58mm.bin", sent);
    }

    @Test
    void anA4PageIsScaledToThePrintableWidth() throws Exception {
        printer();
        assertThat(printer.print(PrintJob.pdf("report", TestPdfs.shapes(210, 297))).confirmed()).isTrue();
        byte[] sent = jobBytes();
        int raster = indexOf(sent, new byte[] {0x1D, 0x76, 0x30});
        int rows = (sent[raster + 6] & 0xFF) + 256 * (sent[raster + 7] & 0xFF);
        assertThat(sent[raster + 4] & 0xFF).isEqualTo(72);
        assertThat(rows).as("297/210 of 576 dots").isBetween(812, 816);
    }

    @Test
    void noPaperBeforeTheJobMeansNothingIsPrinted() throws Exception {
        fake.paperStatus = 0x72;
        printer();
        assertThat(printer.status().problem()).contains(DeviceProblem.PAPER_OUT);
        PrintResult result = printer.print(PrintJob.escPos("A-023", RAW_TICKET));
        assertThat(result.confirmed()).isFalse();
        assertThat(result.problem()).contains(DeviceProblem.PAPER_OUT);
        assertThat(jobBytes()).isEqualTo(HexFormat.of().parseHex("100401100402100404"));
    }

    @Test
    void paperRunningOutDuringTheJobFailsIt() throws Exception {
        fake.paperStatusLater = 0x72;
        printer();
        PrintResult result = printer.print(PrintJob.escPos("A-024", RAW_TICKET));
        assertThat(result.problem()).contains(DeviceProblem.PAPER_OUT);
        assertThat(result.detail()).contains("after the job");
        assertThat(printer.status().state()).isEqualTo(DeviceStatus.State.ERROR);
    }

    @Test
    void paperNearItsEndIsAWarningNotAFailure() throws Exception {
        fake.paperStatus = 0x1E;
        printer();
        PrintResult result = printer.print(PrintJob.escPos("A-025", RAW_TICKET));
        assertThat(result.confirmed()).isTrue();
        assertThat(printer.status().state()).isEqualTo(DeviceStatus.State.READY);
        assertThat(printer.status().problem()).contains(DeviceProblem.PAPER_LOW);
    }

    @Test
    void coverOpenIsSaid() throws Exception {
        fake.printerStatus = 0x1A;
        fake.offlineCause = 0x16;
        printer();
        assertThat(printer.print(PrintJob.escPos("A-026", RAW_TICKET)).problem()).contains(DeviceProblem.COVER_OPEN);
    }

    @Test
    void aPrinterWithoutStatusIsTrustedInAutoModeAndRefusedInRequiredMode() throws Exception {
        fake.answersStatus = false;
        printer("status-timeout-ms", "100");
        PrintResult trusted = printer.print(PrintJob.escPos("A-027", RAW_TICKET));
        assertThat(trusted.confirmed()).isTrue();
        assertThat(trusted.detail()).contains("status not reported");
        printer.stop();

        printer = DeviceRegistry.load().printer(Contexts.choice("escpos-tcp", "host", "127.0.0.1", "port",
                String.valueOf(fake.port()), "status", "required", "status-timeout-ms", "100", "status-poll-ms", "0"),
                Contexts.context(dir));
        printer.start();
        PrintResult refused = printer.print(PrintJob.escPos("A-028", RAW_TICKET));
        assertThat(refused.problem()).contains(DeviceProblem.TIMEOUT);
        assertThat(refused.detail()).contains("nothing was printed");
    }

    @Test
    void anUnreachablePrinterIsOffline() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        printer = DeviceRegistry.load().printer(Contexts.choice("escpos-tcp", "host", "127.0.0.1", "port",
                String.valueOf(port), "status-poll-ms", "0", "connect-timeout-ms", "500"), Contexts.context(dir));
        printer.start();
        Await.until(Duration.ofSeconds(3), "DISCONNECTED", () -> printer.status().state()
                == DeviceStatus.State.DISCONNECTED, printer::status);
        assertThat(printer.status().problem()).contains(DeviceProblem.PRINTER_OFFLINE);
        PrintResult result = printer.print(PrintJob.escPos("A-029", RAW_TICKET));
        assertThat(result.problem()).contains(DeviceProblem.PRINTER_OFFLINE);
    }

    @Test
    void aBrokenPdfIsNotSent() throws Exception {
        printer();
        assertThat(printer.print(PrintJob.pdf("bad", "%PDF-nope".getBytes())).problem())
                .contains(DeviceProblem.DOCUMENT_INVALID);
        Await.sleep(100);
        assertThat(fake.connections()).hasSize(1);
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
