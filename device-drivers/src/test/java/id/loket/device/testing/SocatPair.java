package id.loket.device.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A pair of connected pseudo-terminals made by socat, reached through two links: what is written to
 * one comes out of the other. {@link #close()} ends socat, which removes the links (the device is
 * "unplugged"); {@link #restart()} makes a new pair behind the same links (it is "plugged back in").
 */
public final class SocatPair implements AutoCloseable {

    private final Path device;
    private final Path peer;
    private Process process;

    private SocatPair(Path device, Path peer) {
        this.device = device;
        this.peer = peer;
    }

    public static boolean available() {
        return Peers.executable("socat");
    }

    /** Starts socat with links {@code dir/device} (for the driver) and {@code dir/peer} (for the test). */
    public static SocatPair start(Path dir) throws IOException {
        Peers.require(available(), "socat");
        SocatPair pair = new SocatPair(dir.resolve("device"), dir.resolve("peer"));
        pair.launch();
        return pair;
    }

    /** The link the driver opens. */
    public Path device() {
        return device;
    }

    /** The other end, where the test writes what the "device" sends and reads what it receives. */
    public Path peer() {
        return peer;
    }

    public void write(byte[] bytes) throws IOException {
        // A new stream per write, like a device that sends a burst: the bytes reach the driver at once.
        try (var out = Files.newOutputStream(peer)) {
            out.write(bytes);
            out.flush();
        }
    }

    public void write(String text) throws IOException {
        write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Ends socat and waits until its links are gone. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        Await.until(Duration.ofSeconds(5), "socat to remove its links", () -> !Files.exists(device, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(peer, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    /** A new pair behind the same links. */
    public void restart() throws IOException {
        close();
        launch();
    }

    private void launch() throws IOException {
        process = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + peer)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(device) && Files.exists(peer))) {
            if (!process.isAlive() || System.nanoTime() > end) {
                close();
                throw new IOException("socat did not make the pseudo-terminal pair " + device + " / " + peer);
            }
            Await.sleep(10);
        }
    }
}
