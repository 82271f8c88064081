package id.loket.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts the JavaFX runtime on its own thread as the very first thing of a kiosk start, while the
 * command line and the settings are still being read: the runtime takes as long as all of that, so
 * the window comes up sooner. Only touched on a kiosk start, so a command never loads JavaFX.
 */
final class EarlyToolkit {

    private static final CountDownLatch STARTED = new CountDownLatch(1);
    private static boolean requested;

    private EarlyToolkit() {
    }

    static synchronized void start() {
        if (requested) {
            return;
        }
        requested = true;
        Thread starter = new Thread(() -> Platform.startup(STARTED::countDown), "javafx-startup");
        starter.setDaemon(true);
        starter.start();
    }

    static void awaitStarted() throws InterruptedException {
        STARTED.await();
    }
}
