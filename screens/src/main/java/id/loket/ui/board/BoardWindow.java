package id.loket.ui.board;

import id.loket.domain.text.Texts;
import id.loket.service.board.Announcer;
import id.loket.service.board.BoardService;
import id.loket.ui.UiExecutor;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The board in a window of its own, opened from the chooser: on the second screen (the waiting
 * room's TV) when there is one, else on this screen.
 */
public final class BoardWindow {

    private Stage stage;

    /** Opens the window, or brings it to the front when it is open already (one board, one announcer). */
    public void show(BoardService board, Announcer announcer, UiExecutor ui, Texts texts, Clock clock,
                     String officeName) {
        if (stage != null) {
            stage.toFront();
            return;
        }
        BoardViewModel model = new BoardViewModel(board, announcer, ui, texts, clock);
        Stage window = new Stage();
        BoardView view = new BoardView(model, texts, officeName, window::close);
        window.setTitle(texts.text("board.title", officeName));
        window.setScene(new Scene(view.root(), 1366, 768));
        List<Screen> screens = Screen.getScreens();
        Screen target = screens.size() > 1 ? screens.get(1) : Screen.getPrimary();
        Rectangle2D area = target.getVisualBounds();
        window.setX(area.getMinX());
        window.setY(area.getMinY());
        if (screens.size() > 1) {
            // A TV in the waiting room shows the board alone, edge to edge.
            window.setWidth(area.getWidth());
            window.setHeight(area.getHeight());
            window.setFullScreen(true);
        }
        // The view's model closes with the window (WhileShowing); only the handle is let go here.
        window.setOnHidden(event -> stage = null);
        stage = window;
        window.show();
        view.focus();
    }
}
