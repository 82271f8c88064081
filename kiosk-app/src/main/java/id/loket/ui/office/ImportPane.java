package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.ui.PdfPreview;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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
        // Save a copy stands with the result it saves, not in the file row: at 1366x768 that row has
        // room for the file and its three actions only.
        HBox row = ListFileRow.build(model.fileProperty(), texts, "import", start, cancel);
        Button saveCopy = SaveCopyButton.build(texts, "import", model.copy());

        ProgressBar bar = id(new ProgressBar(0), "import-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label progress = id(new Label(), "import-progress-text", "status");
        progress.textProperty().bind(model.progressTextProperty());
        progress.setWrapText(true);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        Label summary = id(new Label(), "import-summary", "feedback");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label problemsTitle = new Label(texts.text("office.import.problems"));
        ListView<String> problems = id(new ListView<>(model.problems()), "import-problems");
        problems.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                // Wrapped to the list's width, so a long reason is read whole, not scrolled sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        VBox.setVgrow(problems, Priority.ALWAYS);

        VBox left = new VBox(10, row, bar, progress, summary, saveCopy, problemsTitle, problems);
        left.setPrefWidth(720);
        left.setMinWidth(600);
        ImageView preview = PdfPreview.view("import-report", 1000);
        preview.setFitWidth(460);
        preview.imageProperty().bind(model.reportProperty());
        ScrollPane previewPane = id(new ScrollPane(preview), "import-report-pane");
        HBox.setHgrow(previewPane, Priority.ALWAYS);
        HBox pane = new HBox(16, left, previewPane);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }
}
