package id.loket.ui;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * The timer of a ViewModel that reads again and again while attached. On screen it is a
 * {@link Timeline} on the JavaFX thread ({@link #fx()}); a test hands in its own and runs the ticks
 * itself, without the JavaFX toolkit.
 */
@FunctionalInterface
public interface Repeater {

    /** Runs {@code work} every {@code period} (on the screen's thread) until the returned handle is stopped. */
    Running every(Duration period, Runnable work);

    /** A repeat under way. */
    @FunctionalInterface
    interface Running {
        void stop();
    }

    /** The screen's own: a {@link Timeline}, so the work runs on the JavaFX thread. */
    static Repeater fx() {
        return (period, work) -> {
            Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> work.run()));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
