package id.loket.device.api;

import java.util.List;
import java.util.Objects;

/** The drivers of one PC, one per role. {@link #close()} stops them all. */
public record ConfiguredDevices(IdentityCardReader cardReader, CodeScanner scanner, ReceiptPrinter printer,
                                SoundDevice sound) implements AutoCloseable {

    public ConfiguredDevices {
        Objects.requireNonNull(cardReader, "cardReader");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(sound, "sound");
    }

    public List<DeviceDriver> all() {
        return List.of(cardReader, scanner, printer, sound);
    }

    public void startAll() {
        all().forEach(DeviceDriver::start);
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (DeviceDriver driver : all()) {
            try {
                driver.stop();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
