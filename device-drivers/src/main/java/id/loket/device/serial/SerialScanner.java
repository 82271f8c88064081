package id.loket.device.serial;

import id.loket.device.api.CodeScanner;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.ScanError;
import id.loket.device.api.ScanEvent;
import id.loket.device.api.ScanSource;
import id.loket.device.api.Subscription;
import id.loket.device.support.DriverBase;
import id.loket.device.support.Listeners;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A QR or barcode scanner on a serial port (a real COM port or a USB scanner in CDC/virtual COM mode).
 * Codes are cut by a {@link FrameDecoder}; the port is reopened when it comes back after an unplug.
 */
public final class SerialScanner extends DriverBase implements CodeScanner {

    /** Scanner settings beyond the line's. */
    public record Framing(Delimiter delimiter, int maxLength, int frameTimeoutMillis, int pollMillis) {
    }

    private final Clock clock;
    private final Listeners<ScanEvent> scans;
    private final Listeners<ScanError> errors;
    private final FrameDecoder decoder;
    private final HotPlugSerialLine line;

    public SerialScanner(String driverId, SerialPorts ports, String path, SerialSettings settings, Framing framing,
                         Clock clock, LongSupplier nanoTime) {
        super(driverId, info(driverId, path, settings, framing));
        this.clock = clock;
        this.scans = new Listeners<>("scanner " + path + ": scan");
        this.errors = new Listeners<>("scanner " + path + ": scan error");
        this.decoder = new FrameDecoder(framing.delimiter(), framing.maxLength(),
                framing.frameTimeoutMillis() * 1_000_000L, new FrameSink() {
                    @Override
                    public void frame(String payload) {
                        scans.fire(new ScanEvent(payload, ScanSource.SERIAL, clock.instant()));
                    }

                    @Override
                    public void error(DeviceProblem problem, String detail) {
                        errors.fire(new ScanError(problem, detail, ScanSource.SERIAL, clock.instant()));
                    }
                });
        this.line = new HotPlugSerialLine(ports, path, settings, framing.pollMillis(), nanoTime, status,
                new HotPlugSerialLine.Events() {
                    @Override
                    public void bytes(byte[] data, long receivedNanos) {
                        decoder.feed(data, receivedNanos);
                    }

                    @Override
                    public void tick(long nowNanos) {
                        decoder.tick(nowNanos);
                    }

                    @Override
                    public void closed() {
                        int dropped = decoder.reset();
                        if (dropped > 0) {
                            errors.fire(new ScanError(DeviceProblem.PORT_GONE,
                                    "port closed in the middle of a code; " + dropped + " bytes dropped",
                                    ScanSource.SERIAL, clock.instant()));
                        }
                    }
                }, "scanner " + path);
    }

    private static DeviceInfo info(String driverId, String path, SerialSettings settings, Framing framing) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("port", path);
        details.put("line", settings.shortText());
        details.put("delimiter", framing.delimiter().name());
        details.put("max-length", String.valueOf(framing.maxLength()));
        return new DeviceInfo(driverId, DeviceRole.SCANNER, "serial scanner on " + path + ", " + settings.shortText()
                + ", codes end with " + framing.delimiter(), details);
    }

    @Override
    protected void onStart() {
        line.start();
    }

    @Override
    protected void onStop() {
        line.stop();
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
