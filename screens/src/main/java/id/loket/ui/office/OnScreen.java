package id.loket.ui.office;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Whether a node is in a window that shows: in a scene, that scene on a window, the window showing.
 * A pane that reads the database by itself reads only while this holds, and stops when the face is
 * left, its scene replaced or its window closed.
 */
final class OnScreen {

    private OnScreen() {
    }

    /** Calls {@code changed} with true when {@code node} comes on screen and false when it leaves. */
    static void watch(Node node, Consumer<Boolean> changed) {
        boolean[] last = {false};
        Runnable check = () -> {
            Scene scene = node.getScene();
            Window window = scene == null ? null : scene.getWindow();
            boolean now = window != null && window.isShowing();
            if (now != last[0]) {
                last[0] = now;
                changed.accept(now);
            }
        };
        ChangeListener<Boolean> showing = (o, old, value) -> check.run();
        ChangeListener<Window> window = (o, old, value) -> {
            if (old != null) {
                old.showingProperty().removeListener(showing);
            }
            if (value != null) {
                value.showingProperty().addListener(showing);
            }
            check.run();
        };
        node.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.windowProperty().removeListener(window);
                if (old.getWindow() != null) {
                    old.getWindow().showingProperty().removeListener(showing);
                }
            }
            if (scene != null) {
                scene.windowProperty().addListener(window);
                if (scene.getWindow() != null) {
                    scene.getWindow().showingProperty().addListener(showing);
                }
            }
            check.run();
        });
    }
}
