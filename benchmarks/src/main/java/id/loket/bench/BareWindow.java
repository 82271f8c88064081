package id.loket.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline: the smallest JavaFX window, started the same way as the kiosk, saying when it is up. */
public final class BareWindow extends Application {

    public static final String READY_MARKER = "BARE-READY";

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Loket")), 1280, 800));
        stage.setTitle("bare");
        stage.show();
        System.out.println(READY_MARKER);
    }

    /** Launched from a plain main, like the kiosk, so both load JavaFX from the class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
