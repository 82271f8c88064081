package id.loket.device.bridge;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.IdentityCardReader;
import id.loket.device.api.Subscription;
import id.loket.device.support.DeviceThreads;
import id.loket.device.support.DriverBase;
import id.loket.device.support.Listeners;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A licensed KTP-el reader whose vendor service delivers the decoded card as JSON (the SAM and the
 * Dukcapil keys stay with the vendor's software). Messages are read by {@link BridgeMessages}; card
 * events go to the listeners in the order they came, from this reader's own thread.
 */
public final class BridgeCardReader extends DriverBase implements IdentityCardReader {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeCardReader.class);

    private final BridgeTransport transport;
    private final BridgeMessages messages;
    private final Clock clock;
    private final Listeners<CardEvent> cardEvents;
    private ExecutorService thread;

    public BridgeCardReader(DeviceInfo info, BridgeTransport transport, BridgeMessages messages, Clock clock) {
        super(info.driverId(), info);
        this.transport = transport;
        this.messages = messages;
        this.clock = clock;
        this.cardEvents = new Listeners<>("card-reader " + info.driverId() + ": card");
    }

    @Override
    protected void onStart() {
        thread = java.util.concurrent.Executors.newSingleThreadExecutor(DeviceThreads.named("card-reader "
                + driverId() + " events"));
        ExecutorService owner = thread;
        transport.start(new BridgeTransport.Receiver() {
            @Override
            public void message(String text) {
                submit(owner, () -> handle(text));
            }

            @Override
            public void unreadable(String detail) {
                submit(owner, () -> fail(detail));
            }
        }, status);
    }

    @Override
    protected void onStop() {
        transport.stop();
        ExecutorService owner = thread;
        thread = null;
        owner.shutdown();
        try {
            if (!owner.awaitTermination(5, TimeUnit.SECONDS)) {
                owner.shutdownNow();
                LOG.warn("card-reader {}: events still queued after 5 s were dropped", driverId());
            }
        } catch (InterruptedException e) {
            owner.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Subscription onCardEvent(Consumer<CardEvent> listener) {
        return cardEvents.add(listener);
    }

    private void handle(String text) {
        BridgeMessages.Interpretation meaning = messages.interpret(text, clock.instant());
        if (meaning.invalid()) {
            LOG.warn("card-reader {}: {}", driverId(), ((CardEvent.CardReadFailed) meaning.events().get(0)).detail());
        }
        meaning.status().ifPresent(status::set);
        meaning.events().forEach(cardEvents::fire);
    }

    private void fail(String detail) {
        LOG.warn("card-reader {}: {}", driverId(), detail);
        cardEvents.fire(new CardEvent.CardReadFailed(DeviceProblem.BRIDGE_MESSAGE_INVALID, detail, clock.instant()));
    }

    private void submit(ExecutorService owner, Runnable task) {
        try {
            owner.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("card-reader {}: message after stop ignored", driverId());
        }
    }
}
