package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parts the RT-list and the desil / PKH import panes share: the summary line, the list of rows
 * left out, and the page that sets the import beside the preview of its report. Ids
 * {@code #<prefix>-summary}, {@code #<prefix>-problems} and those of {@link PrintoutPanel}.
 */
final class ListImportPanel {

    private ListImportPanel() {
    }

    static Label summary(ReadOnlyStringProperty summary, String idPrefix) {
        Label label = id(new Label(), idPrefix + "-summary", "feedback");
        label.textProperty().bind(summary);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The rows left out, each with its reason, wrapped so a long reason is read whole. */
    static ListView<String> problems(ObservableList<String> problems, String idPrefix) {
        ListView<String> list = WrappingList.of(problems, idPrefix + "-problems");
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /** The import's controls on the left, its report's preview (print, save a copy) on the right. */
    static HBox page(Texts texts, Printout printout, String idPrefix, Node... left) {
        VBox controls = new VBox(10, left);
        controls.setPrefWidth(640);
        controls.setMinWidth(560);
        VBox preview = PrintoutPanel.build(printout, texts, idPrefix, idPrefix + "-report", idPrefix + "-report-pane");
        HBox pane = new HBox(16, controls, preview);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }
}
