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
import id.loket.device.testing.SocatPair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ESC/POS on a serial line: the driver opens one end of a socat pty pair, the test plays the printer
 * on the other, answering DLE EOT, and compares what arrived with the same golden file as over TCP.
 */
class EscPosSerialSocatTest {

    @TempDir
    Path dir;
    private SocatPair pair;
    private ReceiptPrinter printer;
    private Thread playing;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile int paperStatus = 0x12;

    @AfterEach
    void stop() throws Exception {
        if (printer != null) {
            printer.stop();
        }
        if (pair != null) {
            pair.close();
        }
        if (playing != null) {
            playing.join(5000);
        }
    }

    private void playPrinter() {
        playing = new Thread(() -> {
            try (RandomAccessFile line = new RandomAccessFile(pair.peer().toFile(), "rw")) {
                int a = -1;
                int b = -1;
                int c;
                while ((c = line.read()) >= 0) {
                    synchronized (received) {
                        received.write(c);
                    }
                    if (a == 0x10 && b == 0x04) {
                        line.write(c == 4 ? paperStatus : 0x12);
                    }
                    a = b;
                    b = c;
                }
            } catch (IOException e) {
                // socat ended at the end of the test: the line is gone, and so is this printer.
                Thread.currentThread().interrupt();
            }
        }, "serial printer");
        playing.setDaemon(true);
        playing.start();
    }

    private byte[] received() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    private void start() throws IOException {
        pair = SocatPair.start(dir);
        playPrinter();
        printer = DeviceRegistry.load().printer(Contexts.choice("escpos-serial", "port", pair.device().toString(),
                "baud", "115200", "status-poll-ms", "0"), Contexts.context(dir));
        printer.start();
        Await.until(Duration.ofSeconds(3), "the first status check", () -> printer.status().state()
                != DeviceStatus.State.CONNECTING, printer::status);
    }

    @Test
    void aRawTicketReachesThePrinterAsOverTcp() throws Exception {
        start();
        assertThat(printer.status().usable()).as("%s", printer.status()).isTrue();
        int before = received().length;
        PrintResult result = printer.print(PrintJob.escPos("A-023", EscPosTcpTest.RAW_TICKET));
        assertThat(result.confirmed()).as(result.detail()).isTrue();
        byte[] all = received();
        Golden.assertMatches("escpos-raw-ticket.bin", Arrays.copyOfRange(all, before, all.length));
    }

    @Test
    void noPaperOnTheSerialPrinterStopsTheJob() throws Exception {
        paperStatus = 0x72;
        start();
        assertThat(printer.status().problem()).contains(DeviceProblem.PAPER_OUT);
        PrintResult result = printer.print(PrintJob.escPos("A-024", EscPosTcpTest.RAW_TICKET));
        assertThat(result.problem()).contains(DeviceProblem.PAPER_OUT);
        assertThat(EscPosTcpTest.indexOf(received(), new byte[] {0x1B, 0x40})).as("no job bytes").isEqualTo(-1);
    }

    @Test
    void anUnpluggedSerialPrinterIsOffline() throws Exception {
        start();
        pair.close();
        PrintResult result = printer.print(PrintJob.escPos("A-025", EscPosTcpTest.RAW_TICKET));
        assertThat(result.problem()).contains(DeviceProblem.PRINTER_OFFLINE);
    }
}
