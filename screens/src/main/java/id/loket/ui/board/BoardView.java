package id.loket.ui.board;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import id.loket.ui.Ticker;
import id.loket.ui.WhileShowing;

/**
 * The display board for the waiting room, to be read from five metres: light type on a dark
 * ground (contrast above 7:1), ticket numbers about 110 px tall, everything else at least 28 px.
 * Now serving per counter on the left, the last calls and who waits per service on the right, the
 * clock on top, the connection and the sound at the bottom (words and a mark, not colour alone).
 * Words wrap rather than being cut: a service's long name takes two or three lines. Below 1200 px
 * wide (a 1024 × 768 screen) the side column's type steps down to its 28–32 px floor; the ticket
 * numbers keep at least 96 px. From 1700 px (a 1920 × 1080 TV) everything is larger.
 */
public final class BoardView {

    /** The board's own look, kept apart from the counter and office screens' style sheet. */
    private static final String STYLE_SHEET = "/id/loket/ui/board/board.css";
    /** Below this window width the board takes its narrow look. */
    private static final double NARROW = 1200;
    /** From this window width on (a 1920 × 1080 TV) the type is larger, to be read from further away. */
    private static final double WIDE = 1700;
    /** The side column's share of the width: the last calls and who waits. */
    private static final double SIDE_SHARE = 0.42;

    private final BorderPane root;
    private final TilePane tiles;
    private final VBox recent;
    private final GridPane waiting;
    private final BoardViewModel model;
    /** The window is narrower than {@link #NARROW}. */
    private boolean narrow;

    public BoardView(BoardViewModel model, Texts texts, String officeName, Runnable close) {
        this.model = model;
        Label title = id(new Label(texts.text("board.title", officeName)), "board-title", "board-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        Label clock = id(new Label(), "board-clock", "board-clock");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.textProperty().bind(model.clock());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = id(new HBox(24, title, spacer, clock), "board-top", "board-top");
        top.setAlignment(Pos.CENTER_LEFT);

        tiles = id(new TilePane(), "board-serving", "board-serving");
        tiles.setPrefColumns(model.tiles().size() > 4 ? 2 : 1);
        // Four counters and more share the height: still at least 96 px per number, readable from the back of the waiting room.
        if (model.tiles().size() > 3) {
            tiles.getStyleClass().add("board-serving-many");
        }
        VBox serving = new VBox(12, heading(texts.text("board.nowServing"), "board-heading-serving"), tiles);
        serving.getStyleClass().add("board-column");
        HBox.setHgrow(serving, Priority.ALWAYS);

        recent = id(new VBox(6), "board-recent", "board-recent");
        waiting = id(new GridPane(), "board-waiting", "board-waiting");
        ColumnConstraints letters = new ColumnConstraints();
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        names.setFillWidth(true);
        ColumnConstraints counts = new ColumnConstraints();
        counts.setMinWidth(Region.USE_PREF_SIZE);
        waiting.getColumnConstraints().setAll(letters, names, counts);
        VBox side = new VBox(12, heading(texts.text("board.recent"), "board-heading-recent"), recent, heading(texts.text("board.waiting"), "board-heading-waiting"), waiting);
        side.getStyleClass().addAll("board-column", "board-side");
        side.setMinWidth(0);
        HBox.setHgrow(side, Priority.SOMETIMES);
        serving.setMinWidth(Region.USE_PREF_SIZE);

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
        sound.setWrapText(true);
        // Back to the chooser (a PC with one screen shows the board in its main window); the caller
        // decides whether that needs a supervisor. Esc does the same.
        Button leave = id(new Button(texts.text("board.leave")), "board-leave", "board-leave");
        leave.setMinWidth(Region.USE_PREF_SIZE);
        leave.setFocusTraversable(false);
        leave.setOnAction(event -> close.run());
        HBox status = id(new HBox(32, connection, sound, leave), "board-status", "board-status");
        status.setAlignment(Pos.CENTER_LEFT);

        root = id(new BorderPane(middle, top, null, new VBox(8, Ticker.of(model.ticker(), "board-ticker"), status), null), "board-view", "board");
        WhileShowing.bind(root, model);
        side.prefWidthProperty().bind(root.widthProperty().multiply(SIDE_SHARE));
        root.widthProperty().addListener((obs, old, width) -> {
            narrow(width.doubleValue() < NARROW);
            root.getStyleClass().remove("board-wide");
            if (width.doubleValue() >= WIDE) {
                root.getStyleClass().add("board-wide");
            }
        });
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

    private void narrow(boolean now) {
        root.getStyleClass().remove("board-narrow");
        if (now) {
            root.getStyleClass().add("board-narrow");
        }
        if (now != narrow) {
            narrow = now;
            showWaiting(model.waiting());
        }
    }

    private static Label heading(String text, String cssId) {
        Label heading = id(new Label(text), cssId);
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
            counter.setMinWidth(Region.USE_PREF_SIZE);
            Label ticket = new Label(tile.ticket());
            ticket.getStyleClass().add("board-ticket");
            ticket.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(24, counter, ticket);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("board-tile");
            if (tile.latest()) {
                box.getStyleClass().add("board-tile-latest");
            }
            if (tile.closed()) {
                box.getStyleClass().add("board-tile-closed");
            }
            return (Node) box;
        }).toList());
    }

    private void showRecent(List<String> calls) {
        recent.getChildren().setAll(calls.stream().map(text -> {
            Label line = new Label(text);
            line.getStyleClass().add("board-recent-line");
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            return (Node) line;
        }).toList());
        if (!recent.getChildren().isEmpty()) {
            recent.getChildren().get(0).getStyleClass().add("board-recent-first");
        }
    }

    /**
     * Who waits per service: letter, name and count on one line; in a narrow window the count goes
     * under the name, so the name keeps the width its longest word needs.
     */
    private void showWaiting(List<BoardViewModel.WaitingLine> lines) {
        waiting.getChildren().clear();
        for (int row = 0; row < lines.size(); row++) {
            BoardViewModel.WaitingLine line = lines.get(row);
            Label letter = new Label(line.letter());
            letter.getStyleClass().add("board-letter");
            Label service = new Label(line.service());
            service.getStyleClass().add("board-service");
            // A long name ("Pekerja Rentan (BPJS Ketenagakerjaan)") takes more lines, never an ellipsis.
            service.setWrapText(true);
            service.setMinHeight(Region.USE_PREF_SIZE);
            service.setMaxWidth(Double.MAX_VALUE);
            Label count = new Label(line.count());
            count.getStyleClass().add("board-count");
            if (narrow) {
                VBox nameAndCount = new VBox(0, service, count);
                GridPane.setValignment(letter, javafx.geometry.VPos.TOP);
                waiting.addRow(row, letter, nameAndCount);
                GridPane.setColumnSpan(nameAndCount, 2);
            } else {
                waiting.addRow(row, letter, service, count);
            }
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
