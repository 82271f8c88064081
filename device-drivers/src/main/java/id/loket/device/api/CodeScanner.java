package id.loket.device.api;

import java.util.function.Consumer;

/** A QR or barcode scanner: serial, keyboard wedge, or simulated. */
public interface CodeScanner extends DeviceDriver {

    Subscription onScan(Consumer<ScanEvent> listener);

    /** Frames that were not codes: every bad frame yields exactly one error. */
    Subscription onScanError(Consumer<ScanError> listener);

    @Override
    default DeviceRole role() {
        return DeviceRole.SCANNER;
    }
}
