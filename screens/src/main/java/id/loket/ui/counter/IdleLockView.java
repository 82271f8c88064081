package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Puts a lock over a face after a quiet spell: any key or touch on the face restarts the count. The
 * face underneath is hidden, not removed, so nothing typed is lost.
 */
public final class IdleLockView {

    private final StackPane root;

    public IdleLockView(Node face, IdleLockViewModel model, Texts texts, Duration idle, Runnable onSwitchAgent) {
        PauseTransition timer = new PauseTransition(javafx.util.Duration.millis(idle.toMillis()));
        timer.setOnFinished(e -> model.lock());

        Label message = id(new Label(), "lock-message", "title");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        PasswordField pin = id(new PasswordField(), "unlock-pin", "field");
        pin.textProperty().bindBidirectional(model.pinProperty());
        pin.setOnAction(e -> model.unlock());
        Button unlock = id(new Button(texts.text("lock.unlock")), "unlock-submit", "primary");
        unlock.setOnAction(e -> model.unlock());
        Button other = id(new Button(texts.text("lock.otherAgent")), "lock-other-agent");
        other.setOnAction(e -> onSwitchAgent.run());
        VBox card = id(new VBox(16, message, pin, unlock, other), "lock-card", "card");
        card.setMaxSize(520, VBox.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        StackPane overlay = id(new StackPane(card), "lock-overlay", "lock-overlay");
        overlay.visibleProperty().bind(model.lockedProperty());
        face.visibleProperty().bind(model.lockedProperty().not());

        root = new StackPane(face, overlay);
        root.addEventFilter(InputEvent.ANY, e -> {
            if (!model.lockedProperty().get()) {
                timer.playFromStart();
            }
        });
        model.lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                timer.stop();
                pin.requestFocus();
            } else {
                timer.playFromStart();
            }
        });
        timer.playFromStart();
    }

    public Parent root() {
        return root;
    }
}
