package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import id.loket.service.casework.FollowUpList;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The follow-up tab: registrations that failed or need a follow-up, by RT, with what is needed and
 * the day the household is asked back; the sheet for the ketua RT or for all RTs, previewed.
 */
public final class FollowUpsPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private FollowUpsPane() {
    }

    public static Tab tab(FollowUpsViewModel model, Texts texts) {
        ComboBox<RtRef> rt = RtPicker.of("follow-up-rt", model.rts(), model.chosenRtProperty());
        rt.setPromptText(texts.text("office.report.rt"));
        Button showRt = id(new Button(texts.text("followUp.office.showRt")), "follow-up-show-rt");
        showRt.setOnAction(e -> model.showChosenRt());
        Button showAll = id(new Button(texts.text("followUp.office.showAll")), "follow-up-show-all");
        showAll.setOnAction(e -> model.showAll());
        Button printRt = id(new Button(texts.text("followUp.office.printRt")), "follow-up-print-rt", "primary");
        printRt.setOnAction(e -> model.printChosenRt());
        Button printAll = id(new Button(texts.text("followUp.office.printAll")), "follow-up-print-all");
        printAll.setOnAction(e -> model.printAll());
        printRt.disableProperty().bind(model.busyProperty());
        printAll.disableProperty().bind(model.busyProperty());
        for (Button b : new Button[] {showRt, showAll, printRt, printAll}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps onto a second line on a narrow screen; a button is never squeezed to "…".
        FlowPane choose = new FlowPane(8, 8, rt, showRt, showAll, printRt, printAll);
        choose.setAlignment(Pos.CENTER_LEFT);

        TableView<FollowUpList.FollowUp> table = id(new TableView<>(model.rows()), "follow-up-table");
        table.getColumns().add(WrappingColumns.text(texts.text("office.column.rt"), f -> f.rt().rt()));
        table.getColumns().add(WrappingColumns.text(texts.text("office.column.rw"), f -> f.rt().rw()));
        table.getColumns().add(WrappingColumns.text(texts.text("doc.table.name"), FollowUpList.FollowUp::headName));
        table.getColumns().add(WrappingColumns.text(texts.text("doc.table.nik"), FollowUpList.FollowUp::maskedNik));
        table.getColumns().add(WrappingColumns.text(texts.text("followUp.office.column.outcome"),
                f -> model.label(f.outcome())));
        table.getColumns().add(WrappingColumns.text(texts.text("followUp.doc.column.need"), FollowUpList.FollowUp::need));
        table.getColumns().add(WrappingColumns.text(texts.text("followUp.office.column.savedOn"),
                f -> DAY.format(f.savedAt())));
        table.getColumns().add(WrappingColumns.text(texts.text("followUp.office.column.dueOn"),
                f -> f.dueOn().map(DAY::format).orElse("")));
        table.getColumns().add(WrappingColumns.text(texts.text("followUp.office.column.code"),
                FollowUpList.FollowUp::code));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingColumns.wrapAll(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            model.chosenProperty().set(row);
            model.dueOnProperty().set(row == null ? null : row.dueOn().orElse(null));
        });
        table.setMinHeight(140);
        VBox.setVgrow(table, Priority.ALWAYS);

        DatePicker due = id(new DatePicker(), "follow-up-due", "field");
        due.valueProperty().bindBidirectional(model.dueOnProperty());
        due.setPromptText(texts.text("followUp.office.duePrompt"));
        Button setDue = id(new Button(texts.text("followUp.office.setDue")), "follow-up-set-due");
        setDue.setOnAction(e -> model.setDueOn());
        setDue.setMinWidth(Region.USE_PREF_SIZE);
        Label dueLabel = new Label(texts.text("followUp.office.dueLabel"));
        dueLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane dueRow = new FlowPane(8, 8, dueLabel, due, setDue);
        dueRow.setAlignment(Pos.CENTER_LEFT);
        Label message = id(new Label(), "follow-up-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        // The table has the tab's whole width (nine columns need it); the sheet's preview sits below it,
        // and the divider moves either way.
        VBox list = new VBox(10, choose, table, dueRow, message);
        VBox preview = PrintoutPanel.build(model.printout(), texts, "follow-up", "follow-up-preview",
                "follow-up-preview-pane");
        SplitPane pane = id(new SplitPane(list, preview), "follow-up-split");
        pane.setOrientation(Orientation.VERTICAL);
        pane.setDividerPositions(0.68);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("followUp.office.tab"), pane);
        tab.setId("tab-follow-ups");
        // Listed when the tab is opened, not when the office opens: every listing is an audited read.
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                model.showAll();
            }
        });
        return tab;
    }

}

