package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.RtProgress;
import id.loket.domain.text.Texts;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The office face: totals on top, then a sortable table of RTs, the worst first. */
public final class OfficeView {

    private final VBox root;

    public OfficeView(OfficeViewModel model, Texts texts, String agentName, Runnable onLogout) {
        Label title = id(new Label(texts.text("office.title")), "office-title", "title");
        Label totals = id(new Label(), "office-totals", "totals");
        totals.textProperty().bind(model.totalsProperty());
        Button refresh = id(new Button(texts.text("office.refresh")), "office-refresh");
        refresh.setOnAction(e -> model.refresh());
        Label who = id(new Label(agentName), "office-agent", "status");
        Button logout = id(new Button(texts.text("office.logout")), "office-logout");
        logout.setOnAction(e -> onLogout.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, title, spacer, refresh, who, logout);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<RtProgress> table = id(new TableView<>(model.rows()), "progress-table");
        table.getColumns().add(column(texts.text("office.column.rw"), p -> p.rt().rw()));
        table.getColumns().add(column(texts.text("office.column.rt"), p -> p.rt().rt()));
        table.getColumns().add(column(texts.text("office.column.households"), RtProgress::households));
        table.getColumns().add(column(texts.text("office.column.registered"), RtProgress::registered));
        table.getColumns().add(column(texts.text("office.column.remaining"), RtProgress::remaining));
        table.getColumns().add(column(texts.text("office.column.percent"), RtProgress::percent));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        root = id(new VBox(16, bar, totals, table), "office-view", "agent");
        root.setPadding(new Insets(16));
        model.refresh();
    }

    private static <T extends Comparable<T>> TableColumn<RtProgress, T> column(String title,
                                                                             Function<RtProgress, T> value) {
        TableColumn<RtProgress, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.getStyleClass().add("number-column");
        return column;
    }

    public Parent root() {
        return root;
    }
}
