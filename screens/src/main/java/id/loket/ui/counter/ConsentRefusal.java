package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Warga tidak setuju", asked once more before it is recorded: a refusal empties the screen of the
 * resident's data, so a slip of the key must not do it. The question stands where the button stood; the
 * cursor waits on "back" (a second Enter of a double Enter goes nowhere), Esc goes back too.
 */
final class ConsentRefusal {

    private final StackPane root = new StackPane();

    ConsentRefusal(RegistrationFormViewModel model, Texts texts) {
        Button refuse = Controls.enterFires(id(new Button(texts.text("counter.consent.refuse")), "consent-refuse"));
        refuse.setMinWidth(Region.USE_PREF_SIZE);
        Label question = id(new Label(texts.text("counter.consent.refuse.question")), "consent-refuse-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        Button back = Controls.enterFires(id(new Button(texts.text("counter.consent.refuse.back")),
                "consent-refuse-back"));
        back.setMinWidth(Region.USE_PREF_SIZE);
        Button confirm = Controls.enterFires(id(new Button(texts.text("counter.consent.refuse.confirm")),
                "consent-refuse-confirm"));
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        HBox answers = new HBox(8, back, confirm);
        answers.setAlignment(Pos.CENTER_LEFT);
        VBox asking = id(new VBox(6, question, answers), "consent-refuse-box", "subpanel");
        asking.setVisible(false);
        asking.managedProperty().bind(asking.visibleProperty());
        refuse.managedProperty().bind(refuse.visibleProperty());
        refuse.visibleProperty().bind(asking.visibleProperty().not());

        refuse.setOnAction(e -> {
            asking.setVisible(true);
            Platform.runLater(back::requestFocus);
        });
        back.setOnAction(e -> {
            asking.setVisible(false);
            Platform.runLater(refuse::requestFocus);
        });
        confirm.setOnAction(e -> {
            asking.setVisible(false);
            model.refuse();
        });
        asking.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back.fire();
                e.consume();
            }
        });
        // A new resident never inherits the question.
        model.consentProperty().addListener((obs, old, given) -> asking.setVisible(false));
        model.savedProperty().addListener((obs, old, saved) -> asking.setVisible(false));
        root.getChildren().setAll(refuse, asking);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Node root() {
        return root;
    }
}
