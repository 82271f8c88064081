package id.loket.app;

import id.loket.config.LoketSettings;
import id.loket.domain.text.Message;
import id.loket.wiring.AppContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the kiosk window on the JavaFX runtime and blocks until it is closed. */
final class KioskLauncherImpl {

    private KioskLauncherImpl() {
    }

    static int launch(LoketSettings settings) {
        // The database opens (and migrates) once the window is up saying "please wait", not beside
        // JavaFX's own start: on a 2-core PC the two took the processor from each other, so the window
        // came later, and the first face no sooner (measured on the installed package).
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        KioskApplication.prepare(settings, opening);
        EarlyToolkit.start();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            EarlyToolkit.awaitStarted();
            Platform.runLater(() -> {
                KioskApplication kiosk = new KioskApplication();
                Stage stage = new Stage();
                // Closing stops the kiosk and ends the JavaFX runtime, which takes the window with it;
                // hiding it first trips GTK's glass on a runtime started with Platform.startup.
                Runnable exit = () -> {
                    if (closed.getCount() > 0) {
                        kiosk.stop();
                        closed.countDown();
                        Platform.exit();
                    }
                };
                stage.setOnHidden(event -> exit.run());
                kiosk.start(stage, exit);
                openBehindTheWindow(settings, opening);
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return 0;
    }

    /** Opens the database off the screen's thread; the window takes it, or its failure, from {@code opening}. */
    private static void openBehindTheWindow(LoketSettings settings, CompletableFuture<AppContext> opening) {
        CompletableFuture.supplyAsync(() -> KioskApplication.openWithDemoData(settings))
                .whenComplete((opened, failure) -> {
                    if (failure == null) {
                        opening.complete(opened);
                    } else {
                        opening.completeExceptionally(failure);
                    }
                });
    }

    /**
     * Shows why the kiosk cannot start in a window (both languages) and waits until it is closed. Without
     * a runtime (no display) it returns at once: the terminal already has the message.
     */
    static void showStartProblem(Message problem) {
        EarlyToolkit.start();
        try {
            EarlyToolkit.awaitStarted();
        } catch (ToolkitUnavailable noWindow) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> StartProblemWindow.open(problem).setOnHidden(event -> closed.countDown()));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }
}
