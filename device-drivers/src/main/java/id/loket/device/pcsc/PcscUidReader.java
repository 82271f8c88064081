package id.loket.device.pcsc;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityCardReader;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.api.Subscription;
import id.loket.device.support.DeviceThreads;
import id.loket.device.support.DriverBase;
import id.loket.device.support.Listeners;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the UID of a contactless card on a PC/SC reader, so a card linked to a NIK on an earlier
 * visit identifies the resident with one tap. The UID comes from the reader's pseudo-APDU
 * {@code FF CA 00 00 00} (GET DATA, PC/SC part 3) and is given as upper-case hex in a record with
 * source CARD_UID.
 *
 * <p>One thread polls the readers: a card that appears is read at once; a card that goes is
 * reported. A missing PC/SC service is PCSC_UNAVAILABLE (not an empty reader list) and no reader is
 * NO_READER; both are retried until the service or a reader is there.
 */
public final class PcscUidReader extends DriverBase implements IdentityCardReader {

    private static final Logger LOG = LoggerFactory.getLogger(PcscUidReader.class);
    private static final int SW_OK = 0x9000;
    private static final int READ_ATTEMPTS = 3;
    private static final long RETRY_PAUSE_MILLIS = 100;

    /** Where the terminals come from: PC/SC in the application, a test provider in tests. */
    @FunctionalInterface
    public interface TerminalSource {
        TerminalFactory factory() throws NoSuchAlgorithmException;
    }

    /** The JDK's PC/SC provider; it fails when pcscd (or WinSCard) is not there. */
    public static final TerminalSource PCSC = () -> TerminalFactory.getInstance("PC/SC", null);

    private final TerminalSource source;
    private final String readerFilter;
    private final byte[] apdu;
    private final long pollMillis;
    private final long retryMillis;
    private final Clock clock;
    private final Listeners<CardEvent> cardEvents;
    private final Set<String> cardPresent = new HashSet<>();
    private final Map<String, String> lastProblem = new HashMap<>();
    private volatile boolean running;
    private Thread thread;
    private TerminalFactory factory;

    public PcscUidReader(String driverId, DeviceInfo info, TerminalSource source, String readerFilter, byte[] apdu,
                         long pollMillis, long retryMillis, Clock clock) {
        super(driverId, info);
        this.source = source;
        this.readerFilter = readerFilter;
        this.apdu = apdu.clone();
        this.pollMillis = pollMillis;
        this.retryMillis = retryMillis;
        this.clock = clock;
        this.cardEvents = new Listeners<>("card-reader " + driverId + ": card");
    }

    @Override
    protected void onStart() {
        running = true;
        status.set(DeviceStatus.of(DeviceStatus.State.CONNECTING));
        thread = DeviceThreads.named("card-reader " + driverId()).newThread(this::loop);
        thread.start();
    }

    @Override
    protected void onStop() {
        running = false;
        Thread owner = thread;
        thread = null;
        owner.interrupt();
        try {
            owner.join(5000);
            if (owner.isAlive()) {
                LOG.warn("card-reader {}: the PC/SC thread did not end within 5 s", driverId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Subscription onCardEvent(Consumer<CardEvent> listener) {
        return cardEvents.add(listener);
    }

    private void loop() {
        while (running) {
            long wait = pollMillis;
            try {
                if (!pollOnce()) {
                    wait = retryMillis;
                }
            } catch (RuntimeException e) {
                // The loop must outlive a failure of the PC/SC layer, or the reader would be dead until restart.
                LOG.error("card-reader {}: PC/SC poll failed", driverId(), e);
                status.set(DeviceStatus.error(DeviceProblem.PCSC_UNAVAILABLE, e.toString()));
                factory = null;
                wait = retryMillis;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One look at the readers; false when PC/SC or the reader is missing (wait longer). */
    boolean pollOnce() {
        if (factory == null) {
            try {
                factory = source.factory();
            } catch (NoSuchAlgorithmException e) {
                status.set(DeviceStatus.error(DeviceProblem.PCSC_UNAVAILABLE, rootMessage(e)));
                return false;
            }
        }
        List<CardTerminal> terminals;
        try {
            terminals = factory.terminals().list();
        } catch (CardException e) {
            String message = rootMessage(e);
            if (message.contains("NO_READERS")) {
                status.set(DeviceStatus.error(DeviceProblem.NO_READER, message));
            } else {
                status.set(DeviceStatus.error(DeviceProblem.PCSC_UNAVAILABLE, message));
                factory = null;
            }
            forgetCards();
            return false;
        }
        List<CardTerminal> matching = terminals.stream()
                .filter(t -> readerFilter.isEmpty() || t.getName().contains(readerFilter)).toList();
        if (matching.isEmpty()) {
            status.set(DeviceStatus.error(DeviceProblem.NO_READER, terminals.isEmpty() ? "PC/SC lists no reader"
                    : "no reader named *" + readerFilter + "*; readers: " + terminals.stream()
                    .map(CardTerminal::getName).toList()));
            forgetCards();
            return false;
        }
        if (status.get().state() != DeviceStatus.State.BUSY) {
            status.set(DeviceStatus.ready());
        }
        Set<String> seen = new HashSet<>();
        for (CardTerminal terminal : matching) {
            String name = terminal.getName();
            seen.add(name);
            boolean present;
            try {
                present = terminal.isCardPresent();
            } catch (CardException e) {
                logOnce(name, rootMessage(e));
                continue;
            }
            lastProblem.remove(name);
            if (present && cardPresent.add(name)) {
                cardEvents.fire(new CardEvent.CardPresent(clock.instant()));
                read(terminal);
            } else if (!present && cardPresent.remove(name)) {
                cardEvents.fire(new CardEvent.CardRemoved(clock.instant()));
            }
        }
        for (String gone : new HashSet<>(cardPresent)) {
            if (!seen.contains(gone)) {
                cardPresent.remove(gone);
                cardEvents.fire(new CardEvent.CardRemoved(clock.instant()));
            }
        }
        return true;
    }

    private void read(CardTerminal terminal) {
        status.set(DeviceStatus.of(DeviceStatus.State.BUSY));
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    readOnce(terminal);
                    return;
                } catch (CardException e) {
                    if (!stillPresent(terminal)) {
                        cardEvents.fire(new CardEvent.CardReadFailed(DeviceProblem.CARD_REMOVED_DURING_READ,
                                terminal.getName() + ": " + rootMessage(e), clock.instant()));
                        return;
                    }
                    if (attempt == READ_ATTEMPTS || !running) {
                        cardEvents.fire(new CardEvent.CardReadFailed(DeviceProblem.CARD_UNREADABLE,
                                terminal.getName() + ": " + rootMessage(e) + " after " + attempt + " attempts",
                                clock.instant()));
                        return;
                    }
                    // A card that has just arrived may still be powering up in the reader: try again.
                    LOG.debug("card-reader {}: read attempt {} failed: {}", driverId(), attempt, rootMessage(e));
                    if (!pause(RETRY_PAUSE_MILLIS)) {
                        return;
                    }
                }
            }
        } finally {
            status.set(DeviceStatus.ready());
        }
    }

    private void readOnce(CardTerminal terminal) throws CardException {
        Card card = terminal.connect("*");
        try {
            ResponseAPDU response = card.getBasicChannel().transmit(new CommandAPDU(apdu));
            byte[] uid = response.getData();
            if (response.getSW() == SW_OK && uid.length > 0) {
                IdentityRecord record = IdentityRecord.builder(IdentitySource.CARD_UID)
                        .cardUid(HexFormat.of().withUpperCase().formatHex(uid)).build();
                cardEvents.fire(new CardEvent.CardRead(record, clock.instant()));
            } else {
                cardEvents.fire(new CardEvent.CardReadFailed(DeviceProblem.CARD_UNREADABLE,
                        String.format("reader %s answered SW %04X with %d bytes", terminal.getName(),
                                response.getSW(), uid.length), clock.instant()));
            }
        } finally {
            disconnect(card);
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean stillPresent(CardTerminal terminal) {
        try {
            return terminal.isCardPresent();
        } catch (CardException e) {
            LOG.debug("card-reader {}: cannot tell whether the card is still there: {}", driverId(), e.toString());
            return false;
        }
    }

    private void disconnect(Card card) {
        try {
            card.disconnect(false);
        } catch (CardException e) {
            LOG.debug("card-reader {}: disconnecting from a card that left: {}", driverId(), e.toString());
        }
    }

    private void forgetCards() {
        for (int i = cardPresent.size(); i > 0; i--) {
            cardEvents.fire(new CardEvent.CardRemoved(clock.instant()));
        }
        cardPresent.clear();
    }

    private void logOnce(String terminal, String problem) {
        if (!problem.equals(lastProblem.put(terminal, problem))) {
            LOG.warn("card-reader {}: {}: {}", driverId(), terminal, problem);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
