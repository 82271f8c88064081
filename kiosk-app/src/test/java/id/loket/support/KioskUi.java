package id.loket.support;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every TestFX test of the kiosk does with the screen: log in, read labels, press keys and wait
 * for the screen to catch up. Reads of the scene graph run on the FX thread (inside {@link #waitUntil}
 * or through {@code asyncFx}) because reading it from the test thread races with the screen.
 */
public final class KioskUi {

    /** How long a test waits for the screen before it fails: the wait every UI test used. */
    public static final int WAIT_SECONDS = 15;

    private KioskUi() {
    }

    /** Waits up to {@value #WAIT_SECONDS} s until the condition, asked on the FX thread, holds. */
    public static void waitUntil(Supplier<Boolean> condition) {
        waitAtMost(WAIT_SECONDS, condition);
    }

    /** Waits up to {@code seconds} until the condition holds; for checks whose deadline is a requirement. */
    public static void waitAtMost(int seconds, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }

    /**
     * Fills in the login form on screen (waiting for it first) and submits it. What follows the
     * submit differs by role and face, so the caller waits for the screen it expects.
     */
    public static void logIn(FxRobot robot, String user, String pin) {
        waitUntil(() -> robot.lookup("#login-username").tryQuery().isPresent());
        robot.clickOn("#login-username").write(user);
        robot.clickOn("#login-pin").write(pin);
        robot.clickOn("#login-submit");
    }

    /** From the chooser to the counter console as agen1, waiting until the NIK field is there. */
    public static void openCounter(FxRobot robot) {
        robot.clickOn("#face-counter");
        logIn(robot, "agen1", "111111");
        waitUntil(() -> robot.lookup("#nik-field").tryQuery().isPresent());
    }

    /** Presses a key, or a chord of keys together (Ctrl+S), and lets go in the reverse order. */
    public static void key(FxRobot robot, KeyCode... chord) {
        robot.press(chord);
        KeyCode[] reversed = new KeyCode[chord.length];
        for (int i = 0; i < chord.length; i++) {
            reversed[i] = chord[chord.length - 1 - i];
        }
        robot.release(reversed);
    }

    /** The text of the label with that query, or "" while there is none; the node must be a label. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** As {@link #text}, but "" also while the label is hidden: a hidden message says nothing to the agent. */
    public static String visibleText(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).map(node -> ((Label) node).getText())
                .orElse("");
    }

    /** What is typed in the text field with that query. */
    public static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    /**
     * The texts of the labels matching the query in windows that are showing, in screen order. Works
     * from the FX thread (inside {@link #waitUntil}) and from the test thread (asked through asyncFx).
     */
    public static List<String> texts(FxRobot robot, String query) {
        if (!Platform.isFxApplicationThread()) {
            try {
                return WaitForAsyncUtils.asyncFx(() -> texts(robot, query)).get();
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError("cannot read the labels " + query, e);
            }
        }
        return robot.lookup(query).queryAll().stream()
                .filter(node -> node instanceof Label && inShowingWindow(node))
                .map(node -> ((Label) node).getText()).toList();
    }

    private static boolean inShowingWindow(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }
}
