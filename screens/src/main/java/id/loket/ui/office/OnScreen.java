package id.loket.ui.office;

import id.loket.ui.WhileShowing;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Whether a node is in a window that shows (see {@link WhileShowing}): a pane that reads the database
 * when it comes on screen, without anything to stop when it leaves.
 */
final class OnScreen {

    private OnScreen() {
    }

    /** Calls {@code changed} with true when {@code node} comes on screen and false when it leaves. */
    static void watch(Node node, Consumer<Boolean> changed) {
        WhileShowing.watch(node, changed);
    }
}
