package id.loket.app;

import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.ui.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window that says why Loket cannot start (a bad setting), in Bahasa Indonesia and English: the
 * settings that would name the language are the thing that failed.
 */
final class StartProblemWindow {

    static final String INDONESIAN_ID = "start-problem-id";
    static final String ENGLISH_ID = "start-problem-en";
    static final String CLOSE_ID = "start-problem-close";

    private StartProblemWindow() {
    }

    /** Builds and shows the window on the JavaFX thread; closing it hides the stage. */
    static Stage open(Message problem) {
        Texts indonesian = Texts.indonesian();
        Texts english = Texts.forLocale(Texts.ENGLISH);
        Label inIndonesian = paragraph(indonesian.text(problem), INDONESIAN_ID);
        Label inEnglish = paragraph(english.text(problem), ENGLISH_ID);
        Button close = new Button(indonesian.text("app.close") + " / " + english.text("app.close"));
        close.setId(CLOSE_ID);
        close.setDefaultButton(true);
        VBox content = new VBox(16, inIndonesian, inEnglish, close);
        content.setPadding(new Insets(24));
        content.setAlignment(Pos.CENTER_LEFT);
        content.setPrefWidth(720);
        Stage stage = new Stage();
        stage.setTitle(indonesian.text("app.startProblem") + " / " + english.text("app.startProblem"));
        Scene scene = new Scene(content);
        Styles.apply(scene, false);
        stage.setScene(scene);
        close.setOnAction(event -> stage.hide());
        stage.show();
        close.requestFocus();
        return stage;
    }

    private static Label paragraph(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
