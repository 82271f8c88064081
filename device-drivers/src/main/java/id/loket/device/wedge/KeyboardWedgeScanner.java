package id.loket.device.wedge;

import id.loket.device.api.CodeScanner;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.ScanError;
import id.loket.device.api.ScanEvent;
import id.loket.device.api.ScanSource;
import id.loket.device.api.Subscription;
import id.loket.device.support.DriverBase;
import id.loket.device.support.Listeners;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A scanner that types into the keyboard. The application's key filter feeds it every character and
 * Enter ({@link #keyTyped}, {@link #enterPressed}); a burst becomes a {@link ScanEvent} with source
 * WEDGE. It has no port, so it is READY from start to stop.
 */
public final class KeyboardWedgeScanner extends DriverBase implements CodeScanner {

    private final WedgeBurstBuffer buffer;
    private final Clock clock;
    private final Listeners<ScanEvent> scans = new Listeners<>("keyboard wedge: scan");
    private final Listeners<ScanError> errors = new Listeners<>("keyboard wedge: scan error");

    public KeyboardWedgeScanner(String driverId, WedgeBurstBuffer buffer, Clock clock, long gapMillis, int minLength) {
        super(driverId, new DeviceInfo(driverId, DeviceRole.SCANNER,
                "keyboard-wedge scanner: bursts of " + minLength + "+ keys at most " + gapMillis + " ms apart, ended by Enter",
                Map.of("max-gap-ms", String.valueOf(gapMillis), "min-length", String.valueOf(minLength))));
        this.buffer = buffer;
        this.clock = clock;
    }

    /** A printable character was typed; true when it continues a fast run. */
    public synchronized boolean keyTyped(char c) {
        return buffer.key(c);
    }

    /**
     * Enter was pressed. When it ends a burst, listeners hear the scan and the code is returned: the
     * filter then consumes the Enter and removes the code's characters from the field they went to.
     */
    public Optional<ScanEvent> enterPressed() {
        Optional<String> code;
        synchronized (this) {
            code = buffer.enter();
        }
        if (code.isEmpty() || !started()) {
            return Optional.empty();
        }
        ScanEvent event = new ScanEvent(code.get(), ScanSource.WEDGE, clock.instant());
        scans.fire(event);
        return Optional.of(event);
    }

    /** Forgets a half-typed run (focus moved, window changed). */
    public synchronized void reset() {
        buffer.reset();
    }

    @Override
    protected void onStart() {
        status.set(DeviceStatus.ready());
    }

    @Override
    protected void onStop() {
        reset();
    }

    @Override
    public Subscription onScan(Consumer<ScanEvent> listener) {
        return scans.add(listener);
    }

    @Override
    public Subscription onScanError(Consumer<ScanError> listener) {
        return errors.add(listener);
    }
}
