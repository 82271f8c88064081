package id.loket.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX runtime on its own thread as the very first thing of a kiosk start, while the
 * command line and the settings are still being read: the runtime takes as long as all of that, so
 * the window comes up sooner. Only touched on a kiosk start, so a command never loads JavaFX.
 *
 * <p>A runtime that cannot start (no display, no GTK 3) throws on the starter thread and would leave
 * the kiosk waiting for ever; the failure is kept and handed to the waiter instead, and a runtime that
 * neither starts nor fails within {@link #WATCHDOG_SECONDS} counts as failed.
 */
final class EarlyToolkit {

    /** Far above a normal start (about a second, a few on a loaded PC), far below "it hangs". */
    static final long WATCHDOG_SECONDS = 30;

    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile Throwable failure;
    private static boolean requested;

    private EarlyToolkit() {
    }

    static synchronized void start() {
        if (requested) {
            return;
        }
        requested = true;
        Thread starter = new Thread(EarlyToolkit::startRuntime, "javafx-startup");
        starter.setDaemon(true);
        starter.start();
    }

    // Error too: a native library that will not load is an UnsatisfiedLinkError, and must not hang the start.
    private static void startRuntime() {
        try {
            Platform.startup(FINISHED::countDown);
        } catch (RuntimeException | Error e) {
            failure = e;
            FINISHED.countDown();
        }
    }

    /** Waits for the runtime; throws, naming what is missing, when it failed or did not start in time. */
    static void awaitStarted() throws InterruptedException {
        if (!FINISHED.await(WATCHDOG_SECONDS, TimeUnit.SECONDS)) {
            throw ToolkitUnavailable.notStartedWithin(WATCHDOG_SECONDS);
        }
        if (failure != null) {
            throw ToolkitUnavailable.from(failure);
        }
    }
}
