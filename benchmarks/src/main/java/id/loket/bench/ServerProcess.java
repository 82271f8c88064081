package id.loket.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code loket serve} in a process of its own, started as the launcher starts it (its JVM options),
 * with what the harness reads of it from /proc: CPU time and peak resident memory. Killed with SIGKILL,
 * as a power cut or a crash ends it; a new instance serves the same files on the same port.
 */
final class ServerProcess {

    /** The launcher's own options ({@code loket}, the package): what an office's server PC runs with. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError");
    /** Linux's clock ticks per second in /proc/PID/stat (USER_HZ, 100 on every common kernel). */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private final Process process;
    private final long startedNanos = System.nanoTime();

    private ServerProcess(Process process) {
        this.process = process;
    }

    /** Starts {@code loket --config settings serve} and waits until it says it serves (its first line). */
    static ServerProcess start(Path settings, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        // Extra options for a look inside the server, e.g. a flight recording: -Dlanload.serverJvm="-XX:..."
        String extra = System.getProperty("lanload.serverJvm", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "id.loket.app.Main",
                "--config", settings.toString(), "serve"));
        // Its log goes to standard error, into the file; standard output says when it serves.
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        CountDownLatch serving = new CountDownLatch(1);
        Thread reader = new Thread(() -> copyOutput(process, log, serving), "lan-load-server-output");
        reader.setDaemon(true);
        reader.start();
        if (!serving.await(3, TimeUnit.MINUTES) || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("loket serve did not start; its output is in " + log);
        }
        return new ServerProcess(process);
    }

    /** Its first line on standard output ("serves the database ... on port ...") is printed once the gate is open. */
    private static void copyOutput(Process process, Path log, CountDownLatch serving) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Files.writeString(log, "[stdout] " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                serving.countDown();
            }
        } catch (IOException e) {
            // The process was killed: its output ends here, which is expected.
            serving.countDown();
        }
    }

    long pid() {
        return process.pid();
    }

    /** CPU seconds (user + system) this process used so far, from /proc/PID/stat. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // The command name in parentheses may hold spaces: the fields are counted after its end.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's CPU time", e);
        }
    }

    /** The most memory the process had resident at once (VmHWM), in MB. */
    long peakRssMb() {
        try {
            Matcher m = VM_HWM.matcher(Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status")));
            if (!m.find()) {
                throw new IllegalStateException("no VmHWM in /proc/" + process.pid() + "/status");
            }
            return Long.parseLong(m.group(1)) / 1024;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's memory", e);
        }
    }

    double wallSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed that was not already written. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
