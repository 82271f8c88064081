package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import id.loket.ui.DayMonthYear;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Inputs, the plan's summary, the RTs that found no place and the plan's days on the left; the
 * printouts of the plan and the chosen one's preview on the right.
 */
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
        Button run = id(new Button(), "plan-run", "primary");
        run.textProperty().bind(model.runTextProperty());
        run.disableProperty().bind(model.busyProperty());
        run.setOnAction(e -> model.plan());

        desil.setWrapText(true);
        desil.setMinHeight(Region.USE_PREF_SIZE);
        run.setMinWidth(Region.USE_PREF_SIZE);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMaxWidth(260);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(150);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, wrapping(texts.text("office.plan.from")), from);
        form.addRow(1, wrapping(texts.text("office.plan.to")), to);
        form.addRow(2, wrapping(texts.text("office.plan.capacity")), capacity);
        form.addRow(3, wrapping(texts.text("office.plan.reserve")), reserve);
        form.addRow(4, wrapping(texts.text("office.plan.holidays")), holidays);
        // The choice and the action each get the form's width: "plan again from today" is a long
        // label, and beside it the choice would wrap into a narrow column at 1024 px.
        form.add(desil, 0, 5, 2, 1);
        form.add(run, 0, 6, 2, 1);
        Label replanNote = id(new Label(), "plan-replan-note", "feedback");
        replanNote.textProperty().bind(model.replanNoteProperty());
        replanNote.setWrapText(true);
        replanNote.setMinHeight(Region.USE_PREF_SIZE);
        replanNote.managedProperty().bind(replanNote.textProperty().isNotEmpty());
        replanNote.visibleProperty().bind(replanNote.managedProperty());
        form.add(replanNote, 0, 7, 2, 1);
        // The inputs fold away once a plan is shown, so the plan's days get the window's height; they
        // open again with a click to plan anew. Without a plan they stand open.
        TitledPane inputs = id(new TitledPane(texts.text("office.plan.inputs"), form), "plan-inputs");
        inputs.setExpanded(model.days().isEmpty());
        model.days().addListener((javafx.collections.ListChangeListener<ScheduleViewModel.DayLine>) change ->
                inputs.setExpanded(model.days().isEmpty()));

        Label summary = id(new Label(), "plan-summary", "feedback");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        Label message = id(new Label(), "plan-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        // The RTs that found no place, named here and not only in the printed overview.
        Label shortfallTitle = id(new Label(texts.text("office.plan.shortfallTitle")), "plan-shortfall-title",
                "feedback");
        shortfallTitle.setWrapText(true);
        shortfallTitle.setMinHeight(Region.USE_PREF_SIZE);
        ListView<String> shortfall = id(new ListView<>(model.shortfall()), "plan-shortfall");
        shortfall.setPrefHeight(96);
        shortfall.setMinHeight(72);
        for (Node node : new Node[] {shortfallTitle, shortfall}) {
            node.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.shortfall()));
            node.managedProperty().bind(node.visibleProperty());
        }

        Label daysTitle = new Label(texts.text("office.plan.daysTitle"));
        ListView<ScheduleViewModel.DayLine> days = id(new ListView<>(model.days()), "plan-days");
        days.getSelectionModel().selectedItemProperty().addListener((obs, old, day) -> model.chosenDayProperty().set(day));
        days.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                // Wrapped to the list's width: a day's line is read whole, never cut or scrolled sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ScheduleViewModel.DayLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.text());
                setTooltip(empty || item == null ? null : new Tooltip(item.detail()));
            }
        });
        days.setMinHeight(160);
        VBox.setVgrow(days, Priority.ALWAYS);
        VBox left = new VBox(8, inputs, summary, message, shortfallTitle, shortfall, daysTitle, days);
        left.setPrefWidth(540);
        left.setMinWidth(440);
        left.setMaxWidth(640);

        Button day = id(new Button(texts.text("office.plan.daySheet")), "plan-day-sheet");
        day.setOnAction(e -> model.previewDay());
        ComboBox<RtRef> rt = RtPicker.of("plan-rt", model.rts(), model.chosenRtProperty());
        Button notice = id(new Button(texts.text("office.plan.rtNotice")), "plan-rt-notice");
        notice.setOnAction(e -> model.previewRtNotice());
        Button overview = id(new Button(texts.text("office.plan.overview")), "plan-overview");
        overview.setOnAction(e -> model.previewOverview());
        for (Button b : new Button[] {day, notice, overview}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane printouts = new FlowPane(8, 8, day, overview, rt, notice);
        printouts.setAlignment(Pos.CENTER_LEFT);
        VBox preview = PrintoutPanel.build(model.printout(), texts, "plan", "plan-preview", "plan-preview-pane");
        VBox right = new VBox(8, printouts, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox pane = new HBox(16, left, right);
        pane.setPadding(new Insets(10, 0, 0, 0));
        model.load();
        return pane;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
