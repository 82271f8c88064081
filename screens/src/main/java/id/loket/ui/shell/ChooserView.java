package id.loket.ui.shell;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.service.device.StartupChecks;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** The start: which face this PC shows (resident ticket screen, counter console, or office). */
final class ChooserView {

    /** About as wide as the three faces, so a wrapped warning reads as one block under them. */
    private static final double CHECK_WIDTH = 900;

    private final VBox root;
    private final VBox checks;

    ChooserView(Texts texts, String officeName, Runnable ticket, Runnable counter, Runnable office, Runnable board,
                Runnable close) {
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
        Button boardButton = id(new Button(texts.text("board.open")), "open-board");
        boardButton.setOnAction(e -> board.run());
        Button closeButton = id(new Button(texts.text("shell.close")), "app-exit");
        closeButton.setOnAction(e -> close.run());
        checks = id(new VBox(4), "preflight", "preflight");
        checks.setAlignment(Pos.CENTER);
        root = id(new VBox(32, title, question, faces, checks, new HBox(16, boardButton, closeButton)), "chooser-view", "agent");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(16));
    }

    /** The pre-flight checks under the faces: warnings in their own colour and with a mark, not colour alone. */
    void showChecks(Texts texts, List<StartupChecks.Check> results) {
        checks.getChildren().setAll(results.stream().map(check -> {
            boolean ok = check.level() == StartupChecks.Level.OK;
            Label line = new Label((ok ? "\u2713 " : "\u26A0 ") + texts.text(check.message()));
            line.getStyleClass().add(ok ? "preflight-ok" : "preflight-warning");
            // A warning is a sentence with what to do (the sound one ends with the setting to change): it wraps
            // under the faces instead of ending in "..." at 1366 pixels.
            line.setWrapText(true);
            line.setTextAlignment(TextAlignment.CENTER);
            line.setAlignment(Pos.CENTER);
            line.setMaxWidth(CHECK_WIDTH);
            return line;
        }).toList());
    }

    Parent root() {
        return root;
    }
}
