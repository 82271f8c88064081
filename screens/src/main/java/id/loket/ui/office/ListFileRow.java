package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import java.io.File;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * The row where the office names a list to import (an RT list, a desil/PKH list): the path, typed or
 * chosen in the system's dialog of CSV and Excel files, then the row's own buttons. Ids
 * {@code #<prefix>-file} and {@code #<prefix>-choose}.
 */
final class ListFileRow {

    private ListFileRow() {
    }

    static HBox build(StringProperty path, Texts texts, String idPrefix, Button... actions) {
        TextField file = id(new TextField(), idPrefix + "-file", "field");
        file.setPromptText(texts.text("office.import.filePrompt"));
        file.textProperty().bindBidirectional(path);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = id(new Button(texts.text("office.import.choose")), idPrefix + "-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.text("office.import.fileKinds"),
                    "*.csv", "*.xlsx", "*.CSV", "*.XLSX"));
            File chosen = chooser.showOpenDialog(choose.getScene().getWindow());
            if (chosen != null) {
                path.set(chosen.getAbsolutePath());
            }
        });
        HBox row = new HBox(8, file, choose);
        row.getChildren().addAll(actions);
        // On a narrow screen the path field gives way, never the buttons' words (1024x768 cut them to "…").
        file.setMinWidth(120);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        for (Button action : actions) {
            action.setMinWidth(Region.USE_PREF_SIZE);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
