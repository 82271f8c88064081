package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.notice.NoticeDraft;
import id.loket.domain.notice.ServiceNotice;
import id.loket.domain.text.Texts;
import id.loket.ui.DayMonthYear;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notices tab: what to tell the public and from which day to which, then the notices in force and
 * to come. Ids: {@code #notice-text}, {@code #notice-from}, {@code #notice-to}, {@code #notice-write},
 * {@code #notice-table}, {@code #notice-withdraw}, {@code #notice-message}.
 */
public final class NoticesPane {

    private NoticesPane() {
    }

    public static Tab tab(NoticesViewModel model, Texts texts) {
        Label hint = id(new Label(texts.text("notice.office.hint", NoticeDraft.MAX_TEXT)), "notice-hint", "hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        TextArea text = id(new TextArea(), "notice-text", "field");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.setPromptText(texts.text("notice.office.example"));
        text.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > NoticeDraft.MAX_TEXT ? null : change));
        text.textProperty().bindBidirectional(model.textProperty());
        DatePicker from = DayMonthYear.picker("notice-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(200);
        DatePicker to = DayMonthYear.picker("notice-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(200);
        Button write = id(new Button(texts.text("notice.office.write")), "notice-write", "primary");
        write.setOnAction(e -> model.write());
        FlowPane dates = new FlowPane(8, 8, new Label(texts.text("notice.office.from")), from,
                new Label(texts.text("notice.office.to")), to, write);
        dates.setAlignment(Pos.CENTER_LEFT);

        TableView<ServiceNotice> table = id(new TableView<>(model.notices()), "notice-table");
        table.getColumns().add(WrappingColumns.text(texts.text("notice.office.column.text"), ServiceNotice::text));
        table.getColumns().add(WrappingColumns.text(texts.text("notice.office.column.days"), model::days));
        table.getColumns().add(WrappingColumns.text(texts.text("notice.office.column.state"), model::state));
        table.getColumns().add(WrappingColumns.text(texts.text("notice.office.column.by"), ServiceNotice::writtenBy));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingColumns.wrapAll(table);
        table.setPlaceholder(new Label(texts.text("notice.office.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.chosenProperty().set(row));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button withdraw = id(new Button(texts.text("notice.office.withdraw")), "notice-withdraw");
        withdraw.setOnAction(e -> model.withdraw());
        Label message = id(new Label(), "notice-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        VBox pane = new VBox(10, hint, text, dates, message, table, withdraw);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("notice.office.tab"), pane);
        tab.setId("tab-notices");
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                model.refresh();
            }
        });
        return tab;
    }
}
