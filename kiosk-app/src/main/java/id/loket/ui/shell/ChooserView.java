package id.loket.ui.shell;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The start: which face this PC shows (resident ticket screen, counter console, or office). */
final class ChooserView {

    private final VBox root;

    ChooserView(Texts texts, String officeName, Runnable ticket, Runnable counter, Runnable office, Runnable close) {
        Label title = id(new Label(officeName), "chooser-office", "title");
        Label question = id(new Label(texts.text("shell.chooseFace")), "chooser-question", "subtitle");
        Button ticketButton = id(new Button(texts.text("shell.face.ticket")), "face-ticket", "face-choice");
        ticketButton.setOnAction(e -> ticket.run());
        Button counterButton = id(new Button(texts.text("shell.face.counter")), "face-counter", "face-choice");
        counterButton.setOnAction(e -> counter.run());
        Button officeButton = id(new Button(texts.text("shell.face.office")), "face-office", "face-choice");
        officeButton.setOnAction(e -> office.run());
        HBox faces = new HBox(24, ticketButton, counterButton, officeButton);
        faces.setAlignment(Pos.CENTER);
        Button closeButton = id(new Button(texts.text("shell.close")), "app-exit");
        closeButton.setOnAction(e -> close.run());
        root = id(new VBox(32, title, question, faces, closeButton), "chooser-view", "agent");
        root.setAlignment(Pos.CENTER);
    }

    Parent root() {
        return root;
    }
}
