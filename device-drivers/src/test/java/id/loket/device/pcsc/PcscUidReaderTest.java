package id.loket.device.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentitySource;
import id.loket.device.testing.Await;
import id.loket.device.testing.Collector;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.smartcardio.CardException;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PC/SC reader's logic on the {@link FakeTerminals} test provider: faults on demand. */
class PcscUidReaderTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private final FakeTerminals fake = new FakeTerminals();
    private final Collector<CardEvent> events = new Collector<>();
    private PcscUidReader reader;

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.stop();
        }
    }

    private PcscUidReader start(PcscUidReader.TerminalSource source, String filter) {
        reader = new PcscUidReader("pcsc-uid", new DeviceInfo("pcsc-uid", DeviceRole.CARD_READER, "test", Map.of()),
                source, filter, HexFormat.of().parseHex("FFCA000000"), 20, 50, Clock.systemUTC());
        reader.onCardEvent(events);
        reader.start();
        return reader;
    }

    @Test
    void aTappedCardGivesItsUidInUpperCaseHexAndItsRemoval() {
        FakeTerminals.FakeTerminal terminal = fake.add("ACS ACR122U PICC Interface 00 00");
        start(fake.source(), "ACR122");
        Await.until(WAIT, "READY", () -> reader.status().usable(), reader::status);
        terminal.present = true;
        Await.until(WAIT, "present and read", () -> events.size() == 2, events::items);
        assertThat(events.items().get(0)).isInstanceOf(CardEvent.CardPresent.class);
        assertThat(events.items().get(1)).isInstanceOfSatisfying(CardEvent.CardRead.class, read -> {
            assertThat(read.record().cardUid()).contains("04112233");
            assertThat(read.record().source()).isEqualTo(IdentitySource.CARD_UID);
            assertThat(read.record().nik()).isEmpty();
        });
        assertThat(fake.sent).containsExactly("FFCA000000");
        terminal.present = false;
        Await.until(WAIT, "removed", () -> events.size() == 3, events::items);
        assertThat(events.last()).isInstanceOf(CardEvent.CardRemoved.class);
    }

    @Test
    void aCardPulledDuringTheReadIsSaidSo() {
        FakeTerminals.FakeTerminal terminal = fake.add("Reader 0");
        terminal.answer = (t, command) -> {
            t.present = false;
            throw new CardException("sun.security.smartcardio.PCSCException: SCARD_W_REMOVED_CARD");
        };
        start(fake.source(), "");
        terminal.present = true;
        Await.until(WAIT, "present, failed, removed", () -> events.size() == 3, events::items);
        assertThat(events.items().get(1)).isInstanceOfSatisfying(CardEvent.CardReadFailed.class,
                f -> assertThat(f.problem()).isEqualTo(DeviceProblem.CARD_REMOVED_DURING_READ));
        assertThat(events.items().get(2)).isInstanceOf(CardEvent.CardRemoved.class);
        assertThat(reader.status().usable()).isTrue();
    }

    @Test
    void aCardWithoutAUidIsUnreadable() {
        FakeTerminals.FakeTerminal terminal = fake.add("Reader 0");
        terminal.answer = (t, command) -> new ResponseAPDU(new byte[] {0x6A, (byte) 0x81});
        start(fake.source(), "");
        terminal.present = true;
        Await.until(WAIT, "a failed read", () -> events.size() == 2, events::items);
        assertThat(events.items().get(1)).isInstanceOfSatisfying(CardEvent.CardReadFailed.class, f -> {
            assertThat(f.problem()).isEqualTo(DeviceProblem.CARD_UNREADABLE);
            assertThat(f.detail()).contains("6A81");
        });
    }

    @Test
    void noReaderOrNoMatchingReaderIsNoReaderUntilOneIsPluggedIn() {
        start(fake.source(), "ACR122");
        Await.until(WAIT, "NO_READER", () -> reader.status().problem().orElse(null) == DeviceProblem.NO_READER,
                reader::status);
        fake.add("Some Other Reader");
        Await.sleep(150);
        assertThat(reader.status().problem()).contains(DeviceProblem.NO_READER);
        assertThat(reader.status().detail().orElse("")).contains("Some Other Reader");
        fake.add("ACS ACR122U");
        Await.until(WAIT, "READY", () -> reader.status().usable(), reader::status);
    }

    @Test
    void aMissingPcscServiceIsPcscUnavailableAndRetried() {
        int[] attempts = {0};
        PcscUidReader.TerminalSource flaky = () -> {
            if (attempts[0]++ < 2) {
                throw new NoSuchAlgorithmException("Error constructing TerminalFactory for PC/SC",
                        new IllegalStateException("SCARD_E_NO_SERVICE"));
            }
            return fake.source().factory();
        };
        fake.add("Reader 0");
        start(flaky, "");
        Await.until(WAIT, "PCSC_UNAVAILABLE or READY", () -> attempts[0] >= 1, reader::status);
        Await.until(WAIT, "READY after the service came", () -> reader.status().usable(), reader::status);
        assertThat(attempts[0]).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aListingThatFailsWithNoServiceIsPcscUnavailableAndTheCardIsForgotten() {
        FakeTerminals.FakeTerminal terminal = fake.add("Reader 0");
        start(fake.source(), "");
        terminal.present = true;
        Await.until(WAIT, "read", () -> events.size() == 2, events::items);
        fake.listFailure = new CardException("list() failed", new IllegalStateException("SCARD_E_NO_SERVICE"));
        Await.until(WAIT, "PCSC_UNAVAILABLE", () -> reader.status().problem().orElse(null)
                == DeviceProblem.PCSC_UNAVAILABLE, reader::status);
        assertThat(reader.status().state()).isEqualTo(DeviceStatus.State.ERROR);
        assertThat(events.last()).isInstanceOf(CardEvent.CardRemoved.class);
    }
}
