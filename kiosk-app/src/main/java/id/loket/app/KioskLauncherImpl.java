package id.loket.app;

import id.loket.config.LoketSettings;
import javafx.application.Application;

/** Starts the JavaFX kiosk window and blocks until it is closed. */
final class KioskLauncherImpl {

    private KioskLauncherImpl() {
    }

    static int launch(LoketSettings settings) {
        KioskApplication.prepare(settings);
        Application.launch(KioskApplication.class);
        return 0;
    }
}
