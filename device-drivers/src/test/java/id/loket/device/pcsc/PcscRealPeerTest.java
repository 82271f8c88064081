package id.loket.device.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.IdentityCardReader;
import id.loket.device.api.IdentitySource;
import id.loket.device.testing.Await;
import id.loket.device.testing.Collector;
import id.loket.device.testing.Contexts;
import id.loket.device.testing.Peers;
import id.loket.device.testing.VirtualCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PC/SC card-UID reader through the JDK's PC/SC provider and pcscd, with a virtual contactless
 * card on vsmartcard's vpcd reader.
 */
class PcscRealPeerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private IdentityCardReader reader;
    private final Collector<CardEvent> events = new Collector<>();

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.stop();
        }
    }

    private String vpcdReader() {
        Optional<String> missing = VirtualCard.missing(dir);
        Peers.require(missing.isEmpty(), missing.orElse(""));
        return VirtualCard.vpcdTerminal().orElseThrow();
    }

    private void startReader(String terminal) {
        reader = DeviceRegistry.load().cardReader(Contexts.choice("pcsc-uid", "reader", terminal, "poll-ms", "100"),
                Contexts.context(dir));
        reader.onCardEvent(events);
        reader.start();
        Await.until(WAIT, "READY on " + terminal, () -> reader.status().usable(), reader::status);
    }

    @Test
    void aVirtualCardsUidIsReadThroughPcscd() throws IOException {
        String terminal = vpcdReader();
        startReader(terminal);
        try (VirtualCard card = VirtualCard.insert(dir, "04A1B2C3D4E5F6", "ok")) {
            Await.until(WAIT, "present and read", () -> events.size() >= 2, () -> events + " " + log());
            assertThat(events.items().get(0)).isInstanceOf(CardEvent.CardPresent.class);
            assertThat(events.items().get(1)).isInstanceOfSatisfying(CardEvent.CardRead.class, read -> {
                assertThat(read.record().cardUid()).contains("04A1B2C3D4E5F6");
                assertThat(read.record().source()).isEqualTo(IdentitySource.CARD_UID);
            });
            assertThat(card.running()).isTrue();
        }
        Await.until(WAIT, "removed when the card left", () -> events.size() == 3, events::items);
        assertThat(events.last()).isInstanceOf(CardEvent.CardRemoved.class);
    }

    @Test
    void aVirtualCardWithoutUidIsUnreadable() throws IOException {
        String terminal = vpcdReader();
        startReader(terminal);
        try (VirtualCard card = VirtualCard.insert(dir, "04A1B2C3", "unreadable")) {
            Await.until(WAIT, "a failed read", () -> events.size() >= 2, () -> events + " " + log());
            assertThat(events.items().get(1)).isInstanceOfSatisfying(CardEvent.CardReadFailed.class,
                    f -> {
                        assertThat(f.problem()).isEqualTo(DeviceProblem.CARD_UNREADABLE);
                        assertThat(f.detail()).contains("SW 6A81");
                    });
        }
    }

    @Test
    void withoutPcscdTheReaderSaysPcscUnavailableNotAnEmptyList() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PcscMissingServiceMain.class.getName()).redirectErrorStream(true);
        builder.environment().put("PCSCLITE_CSOCK_NAME", dir.resolve("no-pcscd-here.comm").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("STATUS ERROR PCSC_UNAVAILABLE");
    }

    private String log() {
        try {
            return java.nio.file.Files.readString(dir.resolve("vicc.log"));
        } catch (IOException e) {
            return "(no vicc log: " + e + ")";
        }
    }
}
