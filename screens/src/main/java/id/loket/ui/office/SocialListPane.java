package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The desil / PKH tab: choose the Dinas Sosial's list, import it, read what was not used, print the report. */
public final class SocialListPane {

    private SocialListPane() {
    }

    public static Tab tab(SocialListViewModel model, Texts texts) {
        Label intro = new Label(texts.text("social.office.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Button start = id(new Button(texts.text("social.office.start")), "social-start", "primary");
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        // Print and save a copy stand with the report they act on, not in the file row (see ImportPane).
        HBox row = ListFileRow.build(model.fileProperty(), texts, "social", start);

        Label summary = id(new Label(), "social-summary", "feedback");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label saved = id(new Label(), "social-saved", "status");
        saved.textProperty().bind(model.savedProperty());
        saved.setWrapText(true);
        ListView<String> problems = id(new ListView<>(model.problems()), "social-problems");
        problems.setCellFactory(list -> new ListCell<>() {
            {
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
        VBox left = new VBox(10, intro, row, summary, saved, new Label(texts.text("social.office.problems")),
                problems);
        left.setPrefWidth(640);
        left.setMinWidth(560);
        VBox preview = PrintoutView.build(model.printout(), texts, "social", "social-report", "social-report-pane");
        HBox pane = new HBox(16, left, preview);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("social.office.tab"), pane);
        tab.setId("tab-social-list");
        return tab;
    }
}
