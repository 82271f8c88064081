package id.loket.device.support;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads for drivers, named after their device so a thread dump says whose they are. */
public final class DeviceThreads {

    private DeviceThreads() {
    }

    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "device " + name + " #" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One thread: the driver's events come from it in order. */
    public static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(named(name));
    }
}
