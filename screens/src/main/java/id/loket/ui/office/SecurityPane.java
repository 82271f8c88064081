package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.ui.DayMonthYear;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The audit trail, filtered by days, person and action, with its export and a backup button. */
final class SecurityPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private SecurityPane() {
    }

    static Node build(SecurityViewModel model, Texts texts) {
        DatePicker from = DayMonthYear.picker("audit-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DayMonthYear.picker("audit-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField actor = id(new TextField(), "audit-actor", "field");
        actor.setPromptText(texts.text("office.audit.actorPrompt"));
        actor.textProperty().bindBidirectional(model.actorProperty());
        ComboBox<AuditAction> action = id(new ComboBox<>(), "audit-action", "field");
        action.getItems().add(null);
        action.getItems().addAll(AuditAction.values());
        action.valueProperty().bindBidirectional(model.actionProperty());
        action.setPromptText(texts.text("office.audit.anyAction"));
        // In the chosen language, as the table below: "Data rumah tangga dibuka", not HOUSEHOLD_READ.
        action.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditAction value) {
                return value == null ? texts.text("office.audit.anyAction") : label(texts, value);
            }

            @Override
            public AuditAction fromString(String text) {
                // Chosen from the list, never typed.
                return null;
            }
        });
        Button search = id(new Button(texts.text("office.audit.search")), "audit-search", "primary");
        search.setDefaultButton(true);
        search.setOnAction(e -> model.search());
        Button export = id(new Button(texts.text("office.audit.export")), "audit-export");
        export.setOnAction(e -> model.export());
        Button backup = id(new Button(texts.text("office.backup.now")), "backup-now");
        backup.setOnAction(e -> model.backupNow());
        FlowPane filters = new FlowPane(10, 10, new Label(texts.text("office.audit.from")), from,
                new Label(texts.text("office.audit.to")), to, actor, action, search, export,
                SaveCopyButton.build(texts, "audit", model.copy()), backup);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label message = id(new Label(), "audit-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        TableView<AuditEvent> table = id(new TableView<>(model.events()), "audit-table");
        table.getColumns().add(column(texts.text("office.audit.column.at"), e -> WHEN.format(e.at())));
        table.getColumns().add(column(texts.text("office.audit.column.actor"), AuditEvent::actor));
        table.getColumns().add(column(texts.text("office.audit.column.action"), e -> label(texts, e.action())));
        table.getColumns().add(column(texts.text("office.audit.column.record"),
                e -> (e.entity() == null ? "" : e.entity()) + (e.entityId() == null ? "" : " " + e.entityId())));
        table.getColumns().add(column(texts.text("office.audit.column.detail"),
                e -> e.detail() == null ? "" : e.detail()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingColumns.wrapAll(table);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox pane = new VBox(10, filters, message, table);
        pane.setPadding(new Insets(10, 0, 0, 0));
        model.search();
        return pane;
    }

    /** The action in the chosen language; the CSV export keeps the code, for the tools that read it. */
    static String label(Texts texts, AuditAction action) {
        return texts.text(EnumLabels.key(action));
    }

    private static TableColumn<AuditEvent, String> column(String title, Function<AuditEvent, String> value) {
        TableColumn<AuditEvent, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
