package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The queue bar of the counter console: the ticket being served and the five queue actions, each with
 * its F-key on its button. The keys stay clear of the registration form's (Tab, Enter, F10, Ctrl+S,
 * F11). Transferring opens a row below: a list of services and counters, Enter sends, Esc goes back.
 */
public final class QueueConsolePanel {

    public static final KeyCombination CALL_NEXT = new KeyCodeCombination(KeyCode.F2);
    public static final KeyCombination RECALL = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination NO_SHOW = new KeyCodeCombination(KeyCode.F4);
    public static final KeyCombination TRANSFER = new KeyCodeCombination(KeyCode.F7);
    public static final KeyCombination FINISH = new KeyCodeCombination(KeyCode.F9);

    private final VBox root = id(new VBox(6), "queue-console");
    private final QueueConsoleViewModel model;
    private final Texts texts;
    private final ComboBox<QueueConsoleViewModel.TransferTarget> targets =
            id(new ComboBox<>(), "queue-transfer-target", "field");

    public QueueConsolePanel(QueueConsoleViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        root.getChildren().setAll(actions(), unsavedRow(), transferRow());
        // However the transfer opened (F7 at once, or after "discard"), the list of targets takes the keys.
        model.transferOpenProperty().addListener((obs, old, open) -> {
            if (open) {
                Platform.runLater(targets::requestFocus);
            }
        });
        Map<KeyCombination, Runnable> keys = Map.of(CALL_NEXT, model::callNext, RECALL, model::recall,
                NO_SHOW, model::noShow, TRANSFER, this::openTransfer, FINISH, model::finish);
        // The keys belong to the console on screen; they are taken back when it leaves.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().keySet().removeAll(keys.keySet());
            }
            if (scene != null) {
                install(scene, keys);
            }
        });
    }

    private static void install(Scene scene, Map<KeyCombination, Runnable> keys) {
        keys.forEach((key, action) -> scene.getAccelerators().put(key, action));
    }

    private VBox actions() {
        Button callNext = button("counter.callNext", "counter-call-next", model::callNext);
        callNext.getStyleClass().add("primary");
        Label current = id(new Label(), "counter-current-ticket", "current-ticket");
        current.setMinWidth(Region.USE_PREF_SIZE);
        current.textProperty().bind(model.currentTicketProperty());
        Label detail = id(new Label(), "queue-ticket-detail", "status");
        detail.textProperty().bind(model.ticketDetailProperty());
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        Button recall = button("queue.console.recall", "queue-recall", model::recall);
        Button noShow = button("queue.console.noShow", "queue-no-show", model::noShow);
        Button transfer = button("queue.console.transfer", "queue-transfer", this::openTransfer);
        Button finish = button("counter.finish", "counter-finish", model::finish);
        for (Button needsTicket : List.of(recall, noShow, transfer, finish)) {
            needsTicket.disableProperty().bind(model.servingBinding().not());
        }
        Label message = id(new Label(), "counter-queue-message", "status");
        message.textProperty().bind(model.queueMessageProperty());
        message.setWrapText(true);
        // The ticket's service and calls, and what the queue says, beside the number and wrapped there: in
        // the row of buttons a long service name was cut to "Vuln…" at 1024x768.
        detail.setWrapText(true);
        VBox about = new VBox(2, detail, message);
        about.setAlignment(Pos.CENTER_LEFT);
        about.setMaxWidth(560);
        HBox.setHgrow(about, javafx.scene.layout.Priority.ALWAYS);
        // Two rows, so every button shows its whole label and key: the called ticket, then what to do with it.
        HBox called = new HBox(12, callNext, current, about);
        called.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, recall, noShow, transfer, finish);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, called, actions);
    }

    private HBox transferRow() {
        Label title = id(new Label(), "queue-transfer-title", "status");
        model.transferOpenProperty().addListener((obs, old, open) -> title.setText(open
                ? texts.text("queue.transfer.title", model.currentTicketProperty().get()) : ""));
        targets.setItems(model.transferTargets());
        targets.valueProperty().bindBidirectional(model.chosenTargetProperty());
        Button send = button("queue.transfer.confirm", "queue-transfer-confirm", model::confirmTransfer);
        Button cancel = button("queue.transfer.cancel", "queue-transfer-cancel", model::cancelTransfer);
        HBox row = id(new HBox(12, title, targets, send, cancel), "queue-transfer-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.transferOpenProperty());
        row.managedProperty().bind(row.visibleProperty());
        // Enter sends, Esc goes back: caught before the list box uses the keys to open or close itself.
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.confirmTransfer();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.cancelTransfer();
                e.consume();
            }
        });
        return row;
    }

    private void openTransfer() {
        model.openTransfer();
    }

    /**
     * "Unsaved data: save / discard / cancel", asked before the ticket leaves the counter with something
     * typed. The keys answer it: the focus starts on Save (nothing is lost by Enter), Tab moves to Discard
     * and Cancel, Esc cancels. After a cancel, or a save refused, the cursor goes back where it was.
     */
    private HBox unsavedRow() {
        Label question = id(new Label(texts.text("counter.unsaved.question")), "unsaved-question", "warning");
        question.setWrapText(true);
        Button save = Controls.enterFires(button("counter.unsaved.save", "unsaved-save", model::saveUnsaved));
        Button discard = Controls.enterFires(button("counter.unsaved.discard", "unsaved-discard", model::discardUnsaved));
        Button cancel = Controls.enterFires(button("counter.unsaved.cancel", "unsaved-cancel", model::cancelUnsaved));
        HBox row = id(new HBox(12, question, save, discard, cancel), "unsaved-row", "unsaved-row");
        row.setAlignment(Pos.CENTER_LEFT);
        Controls.showWhen(row, model.askingUnsavedProperty());
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.cancelUnsaved();
                e.consume();
            }
        });
        javafx.scene.Node[] before = new javafx.scene.Node[1];
        model.askingUnsavedProperty().addListener((obs, old, asking) -> {
            Scene scene = row.getScene();
            if (asking) {
                before[0] = scene == null ? null : scene.getFocusOwner();
                Platform.runLater(save::requestFocus);
            } else if (before[0] != null && before[0].getScene() == scene && isInside(scene, row)) {
                before[0].requestFocus();
            }
        });
        return row;
    }

    /** Whether the focus is still on the question (an answer that moved it elsewhere keeps its move). */
    private static boolean isInside(Scene scene, HBox row) {
        if (scene == null) {
            return false;
        }
        for (javafx.scene.Node node = scene.getFocusOwner(); node != null; node = node.getParent()) {
            if (node == row) {
                return true;
            }
        }
        return false;
    }

    private Button button(String textKey, String cssId, Runnable action) {
        Button button = id(new Button(texts.text(textKey)), cssId);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    public Parent root() {
        return root;
    }
}
