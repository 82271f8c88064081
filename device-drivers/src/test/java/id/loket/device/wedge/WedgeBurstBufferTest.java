package id.loket.device.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.config.DeviceChoice;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.ScanEvent;
import id.loket.device.api.ScanSource;
import id.loket.device.testing.Collector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WedgeBurstBufferTest {

    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final WedgeBurstBuffer buffer = new WedgeBurstBuffer(30 * MS, 6, 64, now::get);

    private void type(String text, long gapMillis) {
        for (char c : text.toCharArray()) {
            now.addAndGet(gapMillis * MS);
            buffer.key(c);
        }
    }

    private Optional<String> enterAfter(long millis) {
        now.addAndGet(millis * MS);
        return buffer.enter();
    }

    @Test
    void aFastBurstEndedByEnterIsACode() {
        type("6471054707500003", 4);
        assertThat(enterAfter(5)).contains("6471054707500003");
        assertThat(buffer.pending()).isZero();
    }

    @Test
    void personTypingIsLeftAlone() {
        type("agen1", 180);
        assertThat(enterAfter(200)).isEmpty();
    }

    @Test
    void aSlowKeyStartsANewRunSoTypedTextBeforeAScanIsNotPartOfIt() {
        type("ab", 250);
        now.addAndGet(400 * MS);
        type("A-023-XYZ", 3);
        assertThat(buffer.pending()).isEqualTo(9);
        assertThat(enterAfter(4)).contains("A-023-XYZ");
    }

    @Test
    void aBurstShorterThanTheMinimumIsNotACode() {
        type("12345", 3);
        assertThat(enterAfter(3)).isEmpty();
    }

    @Test
    void enterLongAfterTheBurstIsTheAgentsNotTheScanners() {
        type("ABCDEFGH", 3);
        assertThat(enterAfter(500)).isEmpty();
    }

    @Test
    void aPauseInsideTheCodeBreaksIt() {
        type("ABCD", 3);
        now.addAndGet(100 * MS);
        type("EFGH", 3);
        assertThat(enterAfter(3)).isEmpty();
    }

    @Test
    void theGapIsInclusive() {
        type("ABCDEF", 30);
        assertThat(enterAfter(30)).contains("ABCDEF");
        type("ABCDEF", 31);
        assertThat(enterAfter(1)).isEmpty();
    }

    @Test
    void keyReportsWhetherItContinuesAFastRun() {
        now.addAndGet(500 * MS);
        assertThat(buffer.key('a')).isFalse();
        now.addAndGet(2 * MS);
        assertThat(buffer.key('b')).isTrue();
        now.addAndGet(200 * MS);
        assertThat(buffer.key('c')).isFalse();
    }

    @Test
    void anEndlessBurstIsDroppedAtTheLimit() {
        type("X".repeat(64), 1);
        now.addAndGet(MS);
        assertThat(buffer.key('Y')).isFalse();
        assertThat(buffer.pending()).isEqualTo(1);
    }

    @Test
    void theDriverTurnsABurstIntoAWedgeScanEvent() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
        DeviceContext context = new DeviceContext(clock, now::get, Path.of("data"));
        KeyboardWedgeScanner scanner = (KeyboardWedgeScanner) DeviceRegistry.load().scanner(
                new DeviceChoice("keyboard-wedge", Map.of("max-gap-ms", "20", "min-length", "4")), context);
        Collector<ScanEvent> scans = new Collector<>();
        scanner.onScan(scans);
        scanner.start();
        for (char c : "QR-77".toCharArray()) {
            now.addAndGet(5 * MS);
            scanner.keyTyped(c);
        }
        now.addAndGet(5 * MS);
        Optional<ScanEvent> event = scanner.enterPressed();
        assertThat(event).map(ScanEvent::payload).contains("QR-77");
        assertThat(scans.items()).containsExactly(new ScanEvent("QR-77", ScanSource.WEDGE, clock.instant()));
        assertThat(scanner.status().usable()).isTrue();
        scanner.stop();
        scanner.keyTyped('Z');
        assertThat(scanner.enterPressed()).isEmpty();
    }
}
