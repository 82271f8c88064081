package id.loket.device.bridge;

import id.loket.device.api.DeviceProblem;
import id.loket.device.serial.Delimiter;
import id.loket.device.serial.FrameDecoder;
import id.loket.device.serial.FrameSink;
import id.loket.device.serial.HotPlugSerialLine;
import id.loket.device.serial.SerialPorts;
import id.loket.device.serial.SerialSettings;
import id.loket.device.support.StatusKeeper;
import java.util.function.LongSupplier;

/**
 * JSON lines on a serial port: one message per line. The port is reopened when it comes back.
 */
public final class SerialBridgeTransport implements BridgeTransport {

    private final SerialPorts ports;
    private final String path;
    private final SerialSettings settings;
    private final Delimiter delimiter;
    private final int maxBytes;
    private final int pollMillis;
    private final LongSupplier nanoTime;
    private HotPlugSerialLine line;

    public SerialBridgeTransport(SerialPorts ports, String path, SerialSettings settings, Delimiter delimiter,
                                 int maxBytes, int pollMillis, LongSupplier nanoTime) {
        this.ports = ports;
        this.path = path;
        this.settings = settings;
        this.delimiter = delimiter;
        this.maxBytes = maxBytes;
        this.pollMillis = pollMillis;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void start(Receiver receiver, StatusKeeper status) {
        if (line != null) {
            return;
        }
        FrameDecoder decoder = new FrameDecoder(delimiter, maxBytes, 2_000_000_000L, new FrameSink() {
            @Override
            public void frame(String payload) {
                receiver.message(payload);
            }

            @Override
            public void error(DeviceProblem problem, String detail) {
                receiver.unreadable(problem + ": " + detail);
            }
        });
        line = new HotPlugSerialLine(ports, path, settings, pollMillis, nanoTime, status,
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
                        decoder.reset();
                    }
                }, "card-reader " + path);
        line.start();
    }

    @Override
    public void stop() {
        HotPlugSerialLine running;
        synchronized (this) {
            running = line;
            line = null;
        }
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public String describe() {
        return path + ", " + settings.shortText() + ", JSON lines ending with " + delimiter;
    }
}
