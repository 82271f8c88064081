package id.loket.ui;

import static id.loket.ui.Ids.id;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Running text on one line (the office's notices on the board and the ticket screen): the line keeps the
 * whole width its words need, never an ellipsis, and moves from the strip's right edge until its end has
 * left on the left, then again. Hidden while the text is empty; stopped while not on screen. The strip
 * takes the height of one line and no width of its own, so it fits where there is room.
 */
public final class Ticker {

    /** Between two notices: wide enough to see where one ends from across the room. */
    public static final String SEPARATOR = "     \u25C6     ";
    /** Pixels per second: slow enough to read from a seat, fast enough that a notice comes round again soon. */
    private static final double SPEED = 110;

    private Ticker() {
    }

    /** The strip {@code #<cssId>} holding the moving line {@code #<cssId>-text}. */
    public static Pane of(ObservableStringValue text, String cssId) {
        Label line = id(new Label(), cssId + "-text", cssId + "-text");
        line.setMinWidth(Region.USE_PREF_SIZE);
        line.setMaxWidth(Region.USE_PREF_SIZE);
        line.textProperty().bind(text);
        Pane strip = id(new Pane(line), cssId, cssId);
        strip.setMinWidth(0);
        strip.setPrefWidth(0);
        strip.minHeightProperty().bind(line.heightProperty());
        strip.prefHeightProperty().bind(line.heightProperty());
        strip.setMaxHeight(Region.USE_PREF_SIZE);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(strip.widthProperty());
        clip.heightProperty().bind(strip.heightProperty());
        strip.setClip(clip);
        strip.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        strip.managedProperty().bind(strip.visibleProperty());

        Timeline run = new Timeline();
        run.setCycleCount(Animation.INDEFINITE);
        Runnable restart = () -> {
            run.stop();
            double from = strip.getWidth();
            double to = -line.prefWidth(-1);
            if (text.get().isEmpty() || from <= 0 || strip.getScene() == null) {
                return;
            }
            run.getKeyFrames().setAll(
                    new KeyFrame(javafx.util.Duration.ZERO, new KeyValue(line.translateXProperty(), from)),
                    new KeyFrame(javafx.util.Duration.seconds((from - to) / SPEED),
                            new KeyValue(line.translateXProperty(), to, Interpolator.LINEAR)));
            run.playFromStart();
        };
        // After the layout pass that gives the new words their width.
        text.addListener((obs, old, now) -> Platform.runLater(restart));
        strip.widthProperty().addListener((obs, old, now) -> restart.run());
        strip.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                run.stop();
            } else {
                Platform.runLater(restart);
            }
        });
        return strip;
    }
}
