package id.loket.ui;

import javafx.scene.Scene;

/** The style sheets: the base theme, and the high-contrast theme on top of it when chosen. */
public final class Styles {

    private Styles() {
    }

    public static void apply(Scene scene, boolean highContrast) {
        scene.getStylesheets().add(resource("loket.css"));
        if (highContrast) {
            scene.getStylesheets().add(resource("high-contrast.css"));
        }
    }

    private static String resource(String name) {
        return java.util.Objects.requireNonNull(Styles.class.getResource("/id/loket/ui/" + name),
                "missing style sheet " + name).toExternalForm();
    }
}
