package id.loket.device.api;

import java.util.function.Consumer;

/**
 * A KTP-el reader (through a vendor bridge), a contactless card-UID reader, or a simulator. Reads
 * happen when a card is presented; each yields a {@link CardEvent.CardRead} or a
 * {@link CardEvent.CardReadFailed}.
 */
public interface IdentityCardReader extends DeviceDriver {

    Subscription onCardEvent(Consumer<CardEvent> listener);

    @Override
    default DeviceRole role() {
        return DeviceRole.CARD_READER;
    }
}
