package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import id.loket.ui.DayMonthYear;
import id.loket.ui.PdfPreview;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Inputs and the plan on the left, the chosen printout's preview on the right. */
final class SchedulePane {

    private SchedulePane() {
    }

    static Node build(ScheduleViewModel model, Texts texts) {
        DatePicker from = DayMonthYear.picker("plan-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DayMonthYear.picker("plan-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField capacity = id(new TextField(), "plan-capacity", "field");
        capacity.textProperty().bindBidirectional(model.capacityProperty());
        capacity.setPromptText("300");
        TextField reserve = id(new TextField(), "plan-reserve", "field");
        reserve.textProperty().bindBidirectional(model.reserveProperty());
        TextField holidays = id(new TextField(), "plan-holidays", "field");
        holidays.textProperty().bindBidirectional(model.holidaysProperty());
        holidays.setPromptText("2026-06-17, 2026-06-18");
        CheckBox desil = id(new CheckBox(texts.text("office.plan.desilFirst")), "plan-desil-first");
        desil.selectedProperty().bindBidirectional(model.desilFirstProperty());
        Button run = id(new Button(texts.text("office.plan.run")), "plan-run", "primary");
        run.disableProperty().bind(model.busyProperty());
        run.setOnAction(e -> model.plan());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, new Label(texts.text("office.plan.from")), from);
        form.addRow(1, new Label(texts.text("office.plan.to")), to);
        form.addRow(2, new Label(texts.text("office.plan.capacity")), capacity);
        form.addRow(3, new Label(texts.text("office.plan.reserve")), reserve);
        form.addRow(4, new Label(texts.text("office.plan.holidays")), holidays);
        form.add(desil, 0, 5, 2, 1);
        form.add(run, 0, 6, 2, 1);

        Label summary = id(new Label(), "plan-summary", "feedback");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        Label message = id(new Label(), "plan-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        ListView<ScheduleViewModel.DayLine> days = id(new ListView<>(model.days()), "plan-days");
        days.getSelectionModel().selectedItemProperty().addListener((obs, old, day) -> model.chosenDayProperty().set(day));
        days.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ScheduleViewModel.DayLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.text());
                setTooltip(empty || item == null ? null : new Tooltip(item.detail()));
            }
        });
        VBox.setVgrow(days, Priority.ALWAYS);
        Button day = id(new Button(texts.text("office.plan.daySheet")), "plan-day-sheet");
        day.setOnAction(e -> model.previewDay());
        ComboBox<RtRef> rt = RtPicker.of("plan-rt", model.rts(), model.chosenRtProperty());
        Button notice = id(new Button(texts.text("office.plan.rtNotice")), "plan-rt-notice");
        notice.setOnAction(e -> model.previewRtNotice());
        Button overview = id(new Button(texts.text("office.plan.overview")), "plan-overview");
        overview.setOnAction(e -> model.previewOverview());
        FlowPane printouts = new FlowPane(8, 8, day, overview, rt, notice,
                SaveCopyButton.build(texts, "plan", model.copy()));
        printouts.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(10, form, summary, message, days, printouts);
        left.setPrefWidth(700);
        left.setMinWidth(600);
        ImageView preview = PdfPreview.view("plan-preview", 1000);
        preview.setFitWidth(480);
        preview.imageProperty().bind(model.previewProperty());
        ScrollPane previewPane = id(new ScrollPane(preview), "plan-preview-pane");
        HBox.setHgrow(previewPane, Priority.ALWAYS);
        HBox pane = new HBox(16, left, previewPane);
        pane.setPadding(new Insets(10, 0, 0, 0));
        model.load();
        return pane;
    }
}
