package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import java.io.File;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;

/**
 * "Save a copy…": the system's save dialog for the file a pane has made, proposed under its own name.
 * Id {@code #<prefix>-save-copy}; disabled until there is something to save.
 */
final class SaveCopyButton {

    private SaveCopyButton() {
    }

    static Button build(Texts texts, String idPrefix, SavableFile file) {
        Button button = id(new Button(texts.text("office.copy.save")), idPrefix + "-save-copy");
        button.disableProperty().bind(file.fileNameProperty().isEmpty());
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(file.fileNameProperty().get());
            File chosen = chooser.showSaveDialog(button.getScene().getWindow());
            if (chosen != null) {
                file.saveTo(chosen.toPath());
            }
        });
        return button;
    }
}
