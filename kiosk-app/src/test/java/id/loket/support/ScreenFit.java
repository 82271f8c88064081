package id.loket.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What an agent would see as "not fitting" on a screen: words cut short with an ellipsis, and
 * controls that lie outside the window. Reads the scene as JavaFX laid it out, so a test calls it
 * after the layout it wants to check has settled. Safe to call from the test thread or the FX thread.
 */
public final class ScreenFit {

    private ScreenFit() {
    }

    /**
     * Every visible labeled control (label, button, check box, column header, tab, combo box cell)
     * in the showing windows whose words are drawn cut: the skin's text differs from the control's
     * text and carries the control's ellipsis. Each entry names the control and both texts.
     */
    public static List<String> cutWords() {
        return inShowingWindows(ScreenFit::collectCut);
    }

    /**
     * Every visible wrapping text (a table's header or cell that wraps instead of cutting) with a word wider
     * than its wrapping width, which JavaFX then breaks inside the word ("diperluka / n").
     */
    public static List<String> wordsBrokenInside() {
        return inShowingWindows(ScreenFit::collectBroken);
    }

    /** What {@code collect} finds from the root of every showing window, read on the FX thread. */
    private static List<String> inShowingWindows(BiConsumer<Node, List<String>> collect) {
        return onFx(() -> {
            List<String> found = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    collect.accept(window.getScene().getRoot(), found);
                }
            }
            return found;
        });
    }

    /**
     * The nodes of {@code scene} with these ids (as {@code #id} lookups) that are missing, hidden,
     * or not wholly inside the window: a Save button below the fold is one of these.
     */
    public static List<String> outsideWindow(Scene scene, String... ids) {
        return onFx(() -> {
            List<String> outside = new ArrayList<>();
            for (String id : ids) {
                Node node = scene.lookup(id);
                if (node == null || !showing(node)) {
                    outside.add(id + " is not shown");
                    continue;
                }
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > scene.getWidth() + 0.5
                        || b.getMaxY() > scene.getHeight() + 0.5 || !insideClips(node, b)) {
                    outside.add(id + " lies at " + round(b) + " outside the " + (int) scene.getWidth() + "x"
                            + (int) scene.getHeight() + " window");
                }
            }
            return outside;
        });
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getWidth() > 0) {
            String full = labeled.getText();
            String ellipsis = labeled.getEllipsisString();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && child.isVisible() && full != null && !ellipsis.isEmpty()
                        && !drawn.getText().equals(full) && drawn.getText().contains(ellipsis)
                        && !full.contains(ellipsis)) {
                    cut.add(describe(labeled) + ": '" + full + "' shown as '" + drawn.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    private static void collectBroken(Node node, List<String> broken) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text wrapping && wrapping.getWrappingWidth() > 0 && wrapping.getText() != null) {
            for (String word : wrapping.getText().split("\\s+")) {
                Text measured = new Text(word);
                measured.setFont(wrapping.getFont());
                if (measured.getLayoutBounds().getWidth() > wrapping.getWrappingWidth() + 0.5) {
                    broken.add(describe(wrapping) + ": '" + word + "' is wider than its "
                            + (int) wrapping.getWrappingWidth() + " px in '" + wrapping.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectBroken(child, broken);
            }
        }
    }

    /** Inside every clipping ancestor (a scroll pane's viewport clips what is scrolled away). */
    private static boolean insideClips(Node node, Bounds inScene) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                if (inScene.getMinY() < clip.getMinY() - 0.5 || inScene.getMaxY() > clip.getMaxY() + 0.5
                        || inScene.getMinX() < clip.getMinX() - 0.5 || inScene.getMaxX() > clip.getMaxX() + 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a node and all above it are visible, on a window that is showing. */
    public static boolean showing(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static String describe(Node node) {
        StringBuilder where = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            where.append('#').append(node.getId());
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                where.append(" in #").append(up.getId());
                break;
            }
        }
        return where.toString();
    }

    private static String round(Bounds b) {
        return "(" + (int) b.getMinX() + "," + (int) b.getMinY() + ")-(" + (int) b.getMaxX() + ","
                + (int) b.getMaxY() + ")";
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new AssertionError("cannot read the screen", e);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("cannot read the screen", e);
        }
    }
}
