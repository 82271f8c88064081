package id.loket.device.serial;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.CodeScanner;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.ScanError;
import id.loket.device.api.ScanEvent;
import id.loket.device.api.ScanSource;
import id.loket.device.testing.Await;
import id.loket.device.testing.Collector;
import id.loket.device.testing.Contexts;
import id.loket.device.testing.SocatPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serial scanner driver against a real pseudo-terminal pair made by socat: jSerialComm opens the
 * link, the test plays the scanner on the other end.
 */
class SerialScannerSocatTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private SocatPair pair;
    private CodeScanner scanner;
    private final Collector<ScanEvent> scans = new Collector<>();
    private final Collector<ScanError> errors = new Collector<>();
    private final Collector<DeviceStatus> statuses = new Collector<>();

    @AfterEach
    void tearDown() {
        if (scanner != null) {
            scanner.stop();
        }
        if (pair != null) {
            pair.close();
        }
    }

    private void open(String delimiter) throws Exception {
        pair = SocatPair.start(dir);
        scanner = DeviceRegistry.load().scanner(Contexts.choice("serial", "port", pair.device().toString(),
                "baud", "115200", "delimiter", delimiter, "poll-ms", "100", "frame-timeout-ms", "2000"),
                Contexts.context(dir));
        scanner.onScan(scans);
        scanner.onScanError(errors);
        scanner.onStatusChange(statuses);
        scanner.start();
        Await.until(WAIT, "the scanner to be ready", () -> scanner.status().usable(), scanner::status);
    }

    private List<String> payloads() {
        return scans.items().stream().map(ScanEvent::payload).toList();
    }

    @Test
    void wholeCodesArriveAsSentWithSourceSerial() throws Exception {
        open("CR");
        pair.write("A-023\rREG-000001\r");
        Await.until(WAIT, "two codes", () -> scans.size() == 2, scans::items);
        assertThat(payloads()).containsExactly("A-023", "REG-000001");
        assertThat(scans.items()).allMatch(s -> s.source() == ScanSource.SERIAL);
        assertThat(scanner.info().details()).containsEntry("line", "115200 8N1").containsEntry("delimiter", "CR");
    }

    @Test
    void aCodeWrittenInPiecesArrivesWhole() throws Exception {
        open("CRLF");
        for (String piece : new String[] {"6471", "0547", "0750", "0003\r"}) {
            pair.write(piece);
            Await.sleep(40);
        }
        pair.write("\nNEXT\r\n");
        Await.until(WAIT, "two codes", () -> scans.size() == 2, scans::items);
        assertThat(payloads()).containsExactly("6471054707500003", "NEXT");
        assertThat(errors.items()).isEmpty();
    }

    @Test
    void lfEndedCodesAndCrlfFromTheSameScannerLeaveNoStrayByte() throws Exception {
        open("LF");
        pair.write("ONE\nTWO\r\n");
        pair.write("THREE\r");
        Await.sleep(30);
        pair.write("\n");
        Await.until(WAIT, "three codes", () -> scans.size() == 3, scans::items);
        assertThat(payloads()).containsExactly("ONE", "TWO", "THREE");
    }

    @Test
    void utf8PayloadsSurviveTheLine() throws Exception {
        open("CR");
        String code = "KTP·Kelurahan Gunung Bahagia — Jl. Anggrek №7 ✓ 漢字";
        pair.write(code + "\r");
        Await.until(WAIT, "a code", () -> scans.size() == 1, scans::items);
        assertThat(payloads()).containsExactly(code);
    }

    @Test
    void garbageAndOverLongFramesAreErrorEventsAndTheScannerKeepsWorking() throws Exception {
        open("CR");
        pair.write(HexFormat.of().parseHex("ff00fe1b0d"));
        pair.write("Y".repeat(5000) + "\r");
        pair.write("OK\r");
        Await.until(WAIT, "two errors and a code", () -> errors.size() == 2 && scans.size() == 1,
                () -> errors.items() + " " + scans.items());
        assertThat(errors.items()).extracting(ScanError::problem)
                .containsExactly(DeviceProblem.GARBAGE_FRAME, DeviceProblem.FRAME_TOO_LONG);
        assertThat(payloads()).containsExactly("OK");
        assertThat(scanner.status().usable()).isTrue();
    }

    @Test
    void unpluggedThenPluggedBackInWithinTwoSeconds() throws Exception {
        open("CR");
        pair.write("BEFORE\r");
        Await.until(WAIT, "a code before", () -> scans.size() == 1, scans::items);

        pair.close();
        Await.until(Duration.ofSeconds(2), "DISCONNECTED after the unplug",
                () -> scanner.status().state() == DeviceStatus.State.DISCONNECTED, scanner::status);
        assertThat(scanner.status().problem()).contains(DeviceProblem.PORT_GONE);

        long back = System.nanoTime();
        pair.restart();
        Await.until(Duration.ofSeconds(2), "READY after plugging back in", () -> scanner.status().usable(),
                scanner::status);
        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(2));

        pair.write("AFTER\r");
        Await.until(WAIT, "a code after", () -> scans.size() == 2, scans::items);
        assertThat(payloads()).containsExactly("BEFORE", "AFTER");
        assertThat(statuses.items()).extracting(DeviceStatus::state).containsSubsequence(
                DeviceStatus.State.READY, DeviceStatus.State.DISCONNECTED, DeviceStatus.State.READY);
    }

    @Test
    void aPortThatIsNotThereYetIsDisconnectedUntilItAppears() throws Exception {
        Path link = dir.resolve("device");
        scanner = DeviceRegistry.load().scanner(Contexts.choice("serial", "port", link.toString(), "poll-ms", "100"),
                Contexts.context(dir));
        scanner.onScan(scans);
        scanner.start();
        Await.until(WAIT, "DISCONNECTED without a port",
                () -> scanner.status().state() == DeviceStatus.State.DISCONNECTED, scanner::status);
        assertThat(scanner.status().problem()).contains(DeviceProblem.PORT_GONE);
        pair = SocatPair.start(dir);
        Await.until(Duration.ofSeconds(2), "READY once the port appears", () -> scanner.status().usable(),
                scanner::status);
        pair.write("LATE\r");
        Await.until(WAIT, "a code", () -> scans.size() == 1, scans::items);
    }

    @Test
    void stopReleasesThePortAndSaysSo() throws Exception {
        open("CR");
        scanner.stop();
        assertThat(scanner.status().state()).isEqualTo(DeviceStatus.State.DISCONNECTED);
        assertThat(scanner.status().problem()).contains(DeviceProblem.DRIVER_STOPPED);
        pair.write("IGNORED\r");
        Await.sleep(200);
        assertThat(scans.items()).isEmpty();
    }
}
