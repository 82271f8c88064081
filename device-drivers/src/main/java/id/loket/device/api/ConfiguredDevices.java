package id.loket.device.api;

import java.util.List;
import java.util.Objects;

/** The drivers of one counter PC, one per role. {@link #close()} stops them all. */
public record ConfiguredDevices(IdentityCardReader cardReader, CodeScanner scanner, ReceiptPrinter printer)
        implements AutoCloseable {

    public ConfiguredDevices {
        Objects.requireNonNull(cardReader, "cardReader");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(printer, "printer");
    }

    public List<DeviceDriver> all() {
        return List.of(cardReader, scanner, printer);
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
