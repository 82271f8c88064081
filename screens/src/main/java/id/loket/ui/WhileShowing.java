package id.loket.ui;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The one place a view's {@link Activatable} is tied to the screen: attached while the view's node is
 * in a scene on a window that shows, closed when the node leaves that scene (another face replaces
 * it), the scene leaves its window or the window closes.
 */
public final class WhileShowing {

    private WhileShowing() {
    }

    /** Attaches {@code model} while {@code node} is on screen and closes it when it leaves; returns the node. */
    public static <N extends Node> N bind(N node, Activatable model) {
        watch(node, shown -> {
            if (shown) {
                model.attach();
            } else {
                model.close();
            }
        });
        return node;
    }

    /**
     * Calls {@code changed} with true when {@code node} comes on screen and with false when it leaves,
     * each only on a change.
     */
    public static void watch(Node node, Consumer<Boolean> changed) {
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
        // A node already on screen when bound (a pane built into a showing window) counts at once.
        check.run();
    }
}
