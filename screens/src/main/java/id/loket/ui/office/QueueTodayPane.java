package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.ui.WhileShowing;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Antrean hari ini": the queue as the lurah watches it, refreshing by itself while the office is open:
 * how many wait and the longest wait now, per service, and each counter open, serving or closed.
 */
public final class QueueTodayPane {

    private QueueTodayPane() {
    }

    /** The tab ({@code #tab-queue-today}); it reads the queue only while the office face is on screen. */
    public static Tab tab(QueueTodayViewModel model, Texts texts) {
        Label totals = id(new Label(), "queue-today-totals", "section-title");
        totals.textProperty().bind(model.totalsProperty());
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);

        GridPane services = id(new GridPane(), "queue-today-services");
        services.setHgap(24);
        services.setVgap(8);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints figures = new ColumnConstraints();
        figures.setMinWidth(Region.USE_PREF_SIZE);
        services.getColumnConstraints().setAll(name, figures, figures);
        model.services().addListener((ListChangeListener<QueueTodayViewModel.ServiceLine>) change -> {
            services.getChildren().clear();
            int row = 0;
            for (QueueTodayViewModel.ServiceLine line : model.services()) {
                Label service = wrapping(line.service());
                Label waiting = id(new Label(line.waiting()), "queue-today-waiting-" + row);
                waiting.setMinWidth(Region.USE_PREF_SIZE);
                Label longest = id(new Label(line.longest()), "queue-today-longest-" + row);
                longest.setMinWidth(Region.USE_PREF_SIZE);
                services.addRow(row++, service, waiting, longest);
            }
        });

        ListView<String> counters = WrappingList.of(model.counters(), "queue-today-counters");
        VBox.setVgrow(counters, Priority.ALWAYS);
        Label updated = id(new Label(), "queue-today-updated", "status");
        updated.textProperty().bind(model.updatedProperty());
        updated.setWrapText(true);

        VBox pane = id(new VBox(12, totals, new Label(texts.text("office.queue.perService")), services,
                new Label(texts.text("office.queue.counters")), counters, updated), "queue-today", "panel");
        pane.setPadding(new Insets(12));
        WhileShowing.bind(pane, model);
        Tab tab = new Tab(texts.text("office.queue.tab"), pane);
        tab.setId("tab-queue-today");
        return tab;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
