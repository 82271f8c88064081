package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

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

        Label saved = id(new Label(), "social-saved", "status");
        saved.textProperty().bind(model.savedProperty());
        saved.setWrapText(true);
        Tab tab = new Tab(texts.text("social.office.tab"), ListImportPanel.page(texts, model.printout(), "social",
                intro, row, ListImportPanel.summary(model.summaryProperty(), "social"), saved,
                new Label(texts.text("social.office.problems")),
                ListImportPanel.problems(model.problems(), "social")));
        tab.setId("tab-social-list");
        return tab;
    }
}
