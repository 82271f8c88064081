package id.loket.ui.board;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The display board for the waiting room, to be read from five metres: light type on a dark
 * ground (contrast above 7:1), ticket numbers about 110 px tall, everything else at least 28 px.
 * Now serving per counter on the left, the last calls and who waits per service on the right, the
 * clock on top, the connection and the sound at the bottom (words and a mark, not colour alone).
 */
public final class BoardView {

    /** The board's own look, kept apart from the counter and office screens' style sheet. */
    private static final String STYLE_SHEET = "/id/loket/ui/board/board.css";

    private final BorderPane root;
    private final TilePane tiles;
    private final VBox recent;
    private final GridPane waiting;

    public BoardView(BoardViewModel model, Texts texts, String officeName, Runnable close) {
        Label title = id(new Label(texts.text("board.title", officeName)), "board-title", "board-title");
        Label clock = id(new Label(), "board-clock", "board-clock");
        clock.textProperty().bind(model.clock());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = id(new HBox(24, title, spacer, clock), "board-top", "board-top");
        top.setAlignment(Pos.CENTER_LEFT);

        tiles = id(new TilePane(), "board-serving", "board-serving");
        tiles.setPrefColumns(model.tiles().size() > 4 ? 2 : 1);
        // Four counters and more share the height: still at least 96 px per number (UX.md).
        if (model.tiles().size() > 3) {
            tiles.getStyleClass().add("board-serving-many");
        }
        VBox serving = new VBox(12, heading(texts.text("board.nowServing")), tiles);
        serving.getStyleClass().add("board-column");
        HBox.setHgrow(serving, Priority.ALWAYS);

        recent = id(new VBox(6), "board-recent", "board-recent");
        waiting = id(new GridPane(), "board-waiting", "board-waiting");
        VBox side = new VBox(12, heading(texts.text("board.recent")), recent, heading(texts.text("board.waiting")), waiting);
        side.getStyleClass().addAll("board-column", "board-side");

        HBox middle = new HBox(32, serving, side);
        VBox.setVgrow(middle, Priority.ALWAYS);

        Label connection = id(new Label(), "board-connection", "board-status-text");
        connection.textProperty().bind(model.connection());
        model.problem().addListener((o, was, now) -> mark(connection, now));
        Label sound = id(new Label(), "board-sound", "board-status-text");
        sound.textProperty().bind(model.sound());
        model.soundProblem().addListener((o, was, now) -> mark(sound, now));
        HBox.setHgrow(connection, Priority.ALWAYS);
        connection.setMaxWidth(Double.MAX_VALUE);
        connection.setWrapText(true);
        HBox status = id(new HBox(32, connection, sound), "board-status", "board-status");
        status.setAlignment(Pos.CENTER_LEFT);

        root = id(new BorderPane(middle, top, null, status, null), "board-view", "board");
        root.getStylesheets().add(Objects.requireNonNull(BoardView.class.getResource(STYLE_SHEET), STYLE_SHEET)
                .toExternalForm());
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close.run();
            }
        });

        model.tiles().addListener((ListChangeListener<BoardViewModel.CounterTile>) change -> showTiles(model.tiles()));
        model.recent().addListener((ListChangeListener<String>) change -> showRecent(model.recent()));
        model.waiting().addListener((ListChangeListener<BoardViewModel.WaitingLine>) change -> showWaiting(model.waiting()));
        showTiles(model.tiles());
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("board-heading");
        return heading;
    }

    /** A problem gets a warning mark and its own colour; the words say what it is. */
    private static void mark(Label label, boolean problem) {
        label.getStyleClass().remove("board-problem");
        if (problem) {
            label.getStyleClass().add("board-problem");
        }
        label.setGraphic(problem ? new Label("\u26A0") : null);
    }

    private void showTiles(List<BoardViewModel.CounterTile> counters) {
        tiles.getChildren().setAll(counters.stream().map(tile -> {
            Label counter = new Label(tile.counter());
            counter.getStyleClass().add("board-counter");
            Label ticket = new Label(tile.ticket());
            ticket.getStyleClass().add("board-ticket");
            HBox box = new HBox(24, counter, ticket);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("board-tile");
            if (tile.latest()) {
                box.getStyleClass().add("board-tile-latest");
            }
            return (Node) box;
        }).toList());
    }

    private void showRecent(List<String> calls) {
        recent.getChildren().setAll(calls.stream().map(text -> {
            Label line = new Label(text);
            line.getStyleClass().add("board-recent-line");
            return (Node) line;
        }).toList());
        if (!recent.getChildren().isEmpty()) {
            recent.getChildren().get(0).getStyleClass().add("board-recent-first");
        }
    }

    private void showWaiting(List<BoardViewModel.WaitingLine> lines) {
        waiting.getChildren().clear();
        for (int row = 0; row < lines.size(); row++) {
            BoardViewModel.WaitingLine line = lines.get(row);
            Label letter = new Label(line.letter());
            letter.getStyleClass().add("board-letter");
            Label service = new Label(line.service());
            service.getStyleClass().add("board-service");
            Label count = new Label(line.count());
            count.getStyleClass().add("board-count");
            waiting.addRow(row, letter, service, count);
        }
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard focus on the board, so Esc reaches it. */
    public void focus() {
        root.requestFocus();
    }
}
