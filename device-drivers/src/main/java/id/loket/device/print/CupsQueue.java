package id.loket.device.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What CUPS says about a queue and its jobs, through its command-line tools (lpstat, cancel).
 * javax.print caches a queue's state and cannot follow a job after the spooler took it; these tools
 * let the OS printer driver refuse a stopped queue and wait until its job has left the queue.
 */
final class CupsQueue {

    private static final long TOOL_TIMEOUT_SECONDS = 10;

    private final String queue;
    private final Pattern jobLine;

    CupsQueue(String queue) {
        this.queue = queue;
        this.jobLine = Pattern.compile("^" + Pattern.quote(queue) + "-(\\d+)\\s", Pattern.MULTILINE);
    }

    /** Whether CUPS's lpstat is on this computer. */
    static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "lpstat"))) {
                return true;
            }
        }
        return false;
    }

    /** Why the queue cannot print now (paused, rejecting jobs), or empty when it can. */
    Optional<String> whyNotPrinting() throws IOException {
        String printer = run("lpstat", "-p", queue);
        if (printer.contains(" disabled ")) {
            return Optional.of("CUPS queue " + queue + " is paused: " + printer.strip().replaceAll("\\s+", " "));
        }
        String accepting = run("lpstat", "-a", queue);
        if (accepting.contains("not accepting")) {
            return Optional.of("CUPS queue " + queue + " does not accept jobs: " + accepting.strip().replaceAll("\\s+", " "));
        }
        return Optional.empty();
    }

    /** The highest job number this queue has had (0 when none). */
    long lastJob() throws IOException {
        long highest = 0;
        for (long id : jobs(run("lpstat", "-W", "all", "-o", queue))) {
            highest = Math.max(highest, id);
        }
        return highest;
    }

    /** The first job numbered above {@code previous}, if CUPS knows one. */
    OptionalLong jobAfter(long previous) throws IOException {
        long first = Long.MAX_VALUE;
        for (long id : jobs(run("lpstat", "-W", "all", "-o", queue))) {
            if (id > previous) {
                first = Math.min(first, id);
            }
        }
        return first == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(first);
    }

    /** Whether the job is still waiting or printing. */
    boolean pending(long job) throws IOException {
        return jobs(run("lpstat", "-W", "not-completed", "-o", queue)).contains(job);
    }

    /** Cancels a job that will not be confirmed, so it cannot print later behind the reprint. */
    void cancel(long job) throws IOException {
        run("cancel", jobName(job));
    }

    String queue() {
        return queue;
    }

    String jobName(long job) {
        return queue + "-" + job;
    }

    private java.util.List<Long> jobs(String listing) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        Matcher m = jobLine.matcher(listing);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String run(String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + TOOL_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + text.strip());
        }
        return text;
    }
}
