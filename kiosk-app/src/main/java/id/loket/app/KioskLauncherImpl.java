package id.loket.app;

import id.loket.config.LoketSettings;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/** Starts the JavaFX kiosk window and blocks until it is closed. */
final class KioskLauncherImpl {

    private KioskLauncherImpl() {
    }

    static int launch(LoketSettings settings) {
        // The database opens (and migrates) while JavaFX starts: the two take about as long as each
        // other, so doing them side by side nearly halves the wait for the first face.
        CompletableFuture<AppContext> opening = CompletableFuture.supplyAsync(
                () -> KioskApplication.openWithDemoData(settings));
        KioskApplication.prepare(settings, opening);
        Application.launch(KioskApplication.class);
        return 0;
    }
}
