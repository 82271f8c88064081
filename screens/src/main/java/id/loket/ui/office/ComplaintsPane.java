package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.text.Texts;
import id.loket.service.complaint.ComplaintLine;
import id.loket.service.complaint.ComplaintView;
import id.loket.ui.DayMonthYear;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The complaints tab: open / late / closed, the list (personal data masked, late ones marked in words and
 * colour), the chosen complaint whole with who handles it, the answer and closing, and the report of a
 * period for SKM element 8 in a tab of its own ({@link #reportTab}). Ids: {@code #complaints-view-<VIEW>}, {@code #complaints-table},
 * {@code #complaint-detail}, {@code #complaint-assignee}, {@code #complaint-assign}, {@code #complaint-answer},
 * {@code #complaint-save-answer}, {@code #complaint-close}, {@code #complaints-from}, {@code #complaints-to},
 * {@code #complaints-report}, {@code #complaints-message}.
 */
public final class ComplaintsPane {

    private ComplaintsPane() {
    }

    public static Tab tab(ComplaintsViewModel model, Texts texts) {
        ToggleGroup views = new ToggleGroup();
        FlowPane viewRow = new FlowPane(16, 6);
        for (ComplaintView view : ComplaintView.values()) {
            RadioButton button = id(new RadioButton(texts.text(ComplaintsViewModel.viewKey(view))),
                    "complaints-view-" + view.name());
            button.setToggleGroup(views);
            button.setSelected(view == model.viewProperty().get());
            button.setOnAction(e -> model.viewProperty().set(view));
            viewRow.getChildren().add(button);
        }

        TableView<ComplaintLine> table = id(new TableView<>(model.lines()), "complaints-table");
        table.getColumns().add(WrappingColumns.text(texts.text("complaint.office.column.number"), ComplaintLine::number));
        table.getColumns().add(WrappingColumns.text(texts.text("complaint.office.column.received"), model::received));
        table.getColumns().add(WrappingColumns.text(texts.text("complaint.office.column.what"), model::what));
        table.getColumns().add(WrappingColumns.text(texts.text("complaint.office.column.status"), l -> model.status(l)
                + "\n" + texts.text("complaint.office.workingDays", l.workingDaysOpen())));
        table.getColumns().add(WrappingColumns.text(texts.text("complaint.office.column.handler"),
                l -> model.handler(l).orElse("–")));
        table.getColumns().add(WrappingColumns.text(texts.text("complaint.office.column.contact"),
                ComplaintLine::maskedContact));
        table.getColumns().add(WrappingColumns.text(texts.text("complaint.office.column.text"), ComplaintLine::preview));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingColumns.wrapAll(table);
        table.setPlaceholder(new Label(texts.text("complaint.office.none")));
        // A late complaint stands out by colour too; its status column says "late" in words.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComplaintLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("complaint-late");
                if (!empty && item != null && item.late()) {
                    getStyleClass().add("complaint-late");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.chosenProperty().set(row));
        // Listed again after a change: the complaint being handled stays chosen while it is in the list.
        long[] kept = {-1};
        model.chosenProperty().addListener((o, old, row) -> {
            if (row != null) {
                kept[0] = row.id();
            }
        });
        model.lines().addListener((javafx.collections.ListChangeListener<ComplaintLine>) change ->
                model.lines().stream().filter(l -> l.id() == kept[0]).findFirst()
                        .ifPresent(l -> table.getSelectionModel().select(l)));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label detail = id(new Label(), "complaint-detail");
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        TextField assignee = id(new TextField(), "complaint-assignee", "field");
        assignee.setPromptText(texts.text("complaint.office.assignee"));
        assignee.setPrefColumnCount(16);
        assignee.textProperty().bindBidirectional(model.assigneeProperty());
        Button assign = id(new Button(texts.text("complaint.office.assign")), "complaint-assign");
        assign.setOnAction(e -> model.assign());
        TextArea answer = id(new TextArea(), "complaint-answer", "field");
        answer.setPromptText(texts.text("complaint.office.answer"));
        answer.setWrapText(true);
        answer.setPrefRowCount(2);
        answer.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > ComplaintDraft.MAX_TEXT ? null : change));
        answer.textProperty().bindBidirectional(model.answerProperty());
        Button saveAnswer = id(new Button(texts.text("complaint.office.saveAnswer")), "complaint-save-answer");
        saveAnswer.setOnAction(e -> model.saveAnswer());
        Button close = id(new Button(texts.text("complaint.office.close")), "complaint-close");
        close.setOnAction(e -> model.close());
        FlowPane handling = new FlowPane(8, 8, assignee, assign, saveAnswer, close);
        handling.setAlignment(Pos.CENTER_LEFT);

        Label message = id(new Label(), "complaints-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        table.setMinHeight(160);
        VBox pane = new VBox(10, viewRow, table, detail, answer, handling, message);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("complaint.office.tab"), pane);
        tab.setId("tab-complaints");
        // Listed when the tab is opened, not when the office opens: every listing is an audited read.
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                model.refresh();
            }
        });
        return tab;
    }

    /**
     * The report of a period for SKM element 8, among the office's printouts: the period, then the report's
     * pages to read, print or save. Counts only, so making it lists no complaint whole.
     */
    public static Tab reportTab(ComplaintsViewModel model, Texts texts) {
        DatePicker from = DayMonthYear.picker("complaints-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(200);
        DatePicker to = DayMonthYear.picker("complaints-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(200);
        Button report = id(new Button(texts.text("complaint.office.report")), "complaints-report");
        report.setOnAction(e -> model.makeReport());
        FlowPane period = new FlowPane(8, 8, new Label(texts.text("complaint.office.period")), from,
                new Label(texts.text("notice.office.to")), to, report);
        period.setAlignment(Pos.CENTER_LEFT);
        Label message = id(new Label(), "complaints-report-message", "feedback");
        message.textProperty().bind(model.reportMessageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox preview = PrintoutPanel.build(model.printout(), texts, "complaints", "complaints-preview",
                "complaints-preview-pane");
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox pane = new VBox(10, period, message, preview);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("complaint.office.reportTab"), pane);
        tab.setId("tab-complaints-report");
        return tab;
    }
}
