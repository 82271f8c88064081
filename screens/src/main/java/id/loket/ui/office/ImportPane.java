package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The RT-list import: choose a CSV or Excel file, watch it go in (or cancel), read what was left out. */
final class ImportPane {

    private ImportPane() {
    }

    static Node build(ImportViewModel model, Texts texts) {
        Button start = id(new Button(texts.text("office.import.start")), "import-start", "primary");
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button cancel = id(new Button(texts.text("office.import.cancel")), "import-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        // Print and save a copy stand with the report they act on, above its preview, not in the file
        // row: at 1366x768 that row has room for the file and its three actions only.
        HBox row = ListFileRow.build(model.fileProperty(), texts, "import", start, cancel);

        ProgressBar bar = id(new ProgressBar(0), "import-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label progress = id(new Label(), "import-progress-text", "status");
        progress.textProperty().bind(model.progressTextProperty());
        progress.setWrapText(true);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        return ListImportPanel.page(texts, model.printout(), "import", row, bar, progress,
                ListImportPanel.summary(model.summaryProperty(), "import"),
                new Label(texts.text("office.import.problems")),
                ListImportPanel.problems(model.problems(), "import"));
    }
}
