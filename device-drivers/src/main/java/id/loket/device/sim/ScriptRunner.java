package id.loket.device.sim;

import id.loket.device.support.DeviceThreads;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plays a compiled script on one thread: each action after its wait, and over again if it repeats. */
final class ScriptRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);

    /** One step, ready to run. */
    record Timed(int line, long waitMillis, Runnable action) {
    }

    private final String name;
    private final List<Timed> steps;
    private final boolean repeat;
    private ScheduledExecutorService thread;

    ScriptRunner(String name, List<Timed> steps, boolean repeat) {
        this.name = name;
        this.steps = List.copyOf(steps);
        this.repeat = repeat;
    }

    /** Checks that a repeating script cannot spin without waiting. */
    static void checkRepeat(SimScript script) throws SimScriptException {
        if (script.repeat() && script.steps().stream().mapToLong(SimScript.Step::waitMillis).sum() == 0) {
            throw new SimScriptException(script.source(), script.steps().get(0).line(),
                    "a script that repeats needs at least one wait above 0");
        }
    }

    synchronized void start() {
        if (thread != null || steps.isEmpty()) {
            return;
        }
        thread = DeviceThreads.single(name + " script");
        schedule(thread, 0);
    }

    void stop() {
        ScheduledExecutorService owner;
        synchronized (this) {
            owner = thread;
            thread = null;
        }
        if (owner == null) {
            return;
        }
        owner.shutdownNow();
        try {
            if (!owner.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("{}: the script thread did not end within 5 s", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void schedule(ScheduledExecutorService owner, int index) {
        int next = index;
        if (next == steps.size()) {
            if (!repeat) {
                return;
            }
            next = 0;
        }
        Timed step = steps.get(next);
        int following = next + 1;
        try {
            owner.schedule(() -> {
                try {
                    step.action().run();
                } catch (RuntimeException e) {
                    LOG.error("{}: script line {} failed", name, step.line(), e);
                }
                schedule(owner, following);
            }, step.waitMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: script stopped", name);
        }
    }
}
