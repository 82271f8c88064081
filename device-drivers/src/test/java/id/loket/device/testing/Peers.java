package id.loket.device.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests against real peers (socat, CUPS, pcscd) skip on a developer machine without the tool, but
 * fail when {@code LOKET_REQUIRE_DEVICE_PEERS=1}, as CI sets it: there a missing peer is a broken
 * set-up, not a reason to pass.
 */
public final class Peers {

    private Peers() {
    }

    public static boolean required() {
        return "1".equals(System.getenv("LOKET_REQUIRE_DEVICE_PEERS"));
    }

    /** Skips (or fails, when peers are required) unless {@code available}. */
    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (required()) {
            fail(what + " is not available, and LOKET_REQUIRE_DEVICE_PEERS=1 requires it (see .ci/run)");
        }
        Assumptions.abort(what + " is not available; set it up (see .ci/run) to run this test");
    }

    /** Whether an executable of this name is on the PATH (or at this absolute path). */
    public static boolean executable(String name) {
        if (name.startsWith("/")) {
            return Files.isExecutable(Path.of(name));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a short command and returns its output, or null when it failed or took longer than 10 s. */
    public static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? new String(out, java.nio.charset.StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
