package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.ExplanationReason;
import id.loket.domain.household.HouseholdExplanation;
import id.loket.domain.household.OpenHousehold;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The explanations tab: per RT, the households still open and the form to record why one will not
 * register (what the ketua RT ticked on the checklist), and the explanations in force with an undo.
 */
public final class ExplanationsPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ExplanationsPane() {
    }

    public static Tab tab(ExplanationsViewModel model, Texts texts) {
        ComboBox<RtRef> rt = RtPicker.of("explanation-rt", model.rts(), model.chosenRtProperty());
        rt.setPromptText(texts.text("office.report.rt"));
        Button show = id(new Button(texts.text("explanation.office.show")), "explanation-show");
        show.setOnAction(e -> model.showChosenRt());
        HBox choose = new HBox(8, rt, show);
        choose.setAlignment(Pos.CENTER_LEFT);

        TableView<OpenHousehold> open = id(new TableView<>(model.open()), "explanation-open-table");
        open.getColumns().add(column(texts.text("doc.table.name"), OpenHousehold::headName));
        open.getColumns().add(column(texts.text("doc.table.nik"), OpenHousehold::maskedNik));
        open.getColumns().add(column(texts.text("doc.table.address"), OpenHousehold::address));
        open.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        open.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.chosenOpenProperty().set(row));
        VBox.setVgrow(open, Priority.ALWAYS);

        ComboBox<ExplanationReason> reason = id(new ComboBox<>(), "explanation-reason", "field");
        reason.getItems().setAll(ExplanationReason.values());
        reason.setPromptText(texts.text("explanation.office.reason"));
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExplanationReason value) {
                return model.label(value);
            }

            @Override
            public ExplanationReason fromString(String text) {
                // Chosen from the list, never typed.
                return null;
            }
        });
        TextField reportedBy = id(new TextField(), "explanation-reported-by", "field");
        reportedBy.setPromptText(texts.text("explanation.office.reportedBy"));
        reportedBy.textProperty().bindBidirectional(model.reportedByProperty());
        reportedBy.setPrefColumnCount(16);
        DatePicker reportedOn = id(new DatePicker(), "explanation-reported-on", "field");
        reportedOn.valueProperty().bindBidirectional(model.reportedOnProperty());
        reportedOn.setPrefWidth(150);
        Button record = id(new Button(texts.text("explanation.office.record")), "explanation-record", "primary");
        record.setOnAction(e -> model.record());
        FlowPane form = new FlowPane(8, 8, reason, reportedBy,
                new Label(texts.text("explanation.office.reportedOn")), reportedOn, record);
        form.setAlignment(Pos.CENTER_LEFT);

        Label explainedHeading = id(new Label(texts.text("explanation.office.explained")), "explanation-explained-title",
                "heading");
        TableView<HouseholdExplanation> explained = id(new TableView<>(model.explained()), "explanation-explained-table");
        // Four columns, so the headers keep their words at 1024 pixels: the household is name and NIK together.
        explained.getColumns().add(explainedColumn(texts.text("explanation.office.column.household"),
                e -> e.headName() + " · " + e.maskedNik()));
        explained.getColumns().add(explainedColumn(texts.text("explanation.office.column.reason"),
                e -> model.label(e.reason())));
        explained.getColumns().add(explainedColumn(texts.text("explanation.office.column.reportedBy"),
                e -> e.reportedBy() + ", " + DAY.format(e.reportedOn())));
        explained.getColumns().add(explainedColumn(texts.text("explanation.office.column.recordedBy"),
                e -> e.recordedBy() + ", " + DAY.format(e.recordedAt())));
        explained.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        explained.setPrefHeight(180);
        explained.getSelectionModel().selectedItemProperty()
                .addListener((o, old, row) -> model.chosenExplainedProperty().set(row));
        Button undo = id(new Button(texts.text("explanation.office.undo")), "explanation-undo");
        undo.setOnAction(e -> model.undo());

        Label message = id(new Label(), "explanation-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        VBox pane = new VBox(10, choose, new Label(texts.text("explanation.office.open")), open, form,
                explainedHeading, explained, undo, message);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("explanation.office.tab"), pane);
        tab.setId("tab-explanations");
        // Listed when the tab is opened, not when the office opens: every listing is an audited read.
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                model.loadRts();
            }
        });
        return tab;
    }

    private static TableColumn<OpenHousehold, String> column(String title, Function<OpenHousehold, String> value) {
        TableColumn<OpenHousehold, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<HouseholdExplanation, String> explainedColumn(String title,
                                                                            Function<HouseholdExplanation, String> value) {
        TableColumn<HouseholdExplanation, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
