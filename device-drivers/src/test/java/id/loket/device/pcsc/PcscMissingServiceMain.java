package id.loket.device.pcsc;

import id.loket.device.testing.Contexts;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityCardReader;
import id.loket.config.DeviceChoice;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link PcscRealPeerTest} with PC/SC pointed at a socket where no pcscd
 * listens (the JDK's PC/SC context is made once per JVM, so this cannot share the test's JVM). Prints
 * the reader's status.
 */
public final class PcscMissingServiceMain {

    private PcscMissingServiceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        IdentityCardReader reader = DeviceRegistry.load().cardReader(new DeviceChoice("pcsc-uid", Map.of()),
                Contexts.context(Path.of(".")));
        reader.start();
        long end = System.nanoTime() + 5_000_000_000L;
        while (reader.status().state() == DeviceStatus.State.CONNECTING && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        DeviceStatus status = reader.status();
        reader.stop();
        System.out.println("STATUS " + status.state() + " " + status.problem().map(Enum::name).orElse("-"));
    }
}
