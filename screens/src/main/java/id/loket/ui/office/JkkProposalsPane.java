package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.domain.text.Texts;
import id.loket.service.jkk.JkkService;
import id.loket.ui.DayMonthYear;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The pekerja rentan tab: the year, its proposals priority first (NIK masked), the steps the chosen one may
 * take next, the reason (a refusal's, or a note), and ending a cover for a reason of Pasal 10 from a day.
 * Ids: {@code #jkk-year}, {@code #jkk-table}, {@code #jkk-step-<STATUS>}, {@code #jkk-reason},
 * {@code #jkk-termination}, {@code #jkk-ended-on}, {@code #jkk-end}, {@code #jkk-message}.
 */
public final class JkkProposalsPane {

    private JkkProposalsPane() {
    }

    public static Tab tab(JkkProposalsViewModel model, Texts texts) {
        ComboBox<Integer> year = id(new ComboBox<>(model.years()), "jkk-year", "field");
        year.valueProperty().bindBidirectional(model.yearProperty());
        Button reload = id(new Button(texts.text("jkk.office.reload")), "jkk-reload");
        reload.setOnAction(e -> model.refresh());
        FlowPane yearRow = new FlowPane(8, 8, new Label(texts.text("jkk.office.year")), year, reload);
        yearRow.setAlignment(Pos.CENTER_LEFT);

        TableView<Proposal> table = id(new TableView<>(model.proposals()), "jkk-table");
        table.getColumns().add(WrappingColumns.text(texts.text("jkk.office.column.resident"),
                p -> p.name() + "\n" + p.maskedNik()));
        table.getColumns().add(WrappingColumns.text(texts.text("jkk.office.column.job"), model::job));
        table.getColumns().add(WrappingColumns.text(texts.text("jkk.office.column.office"), Proposal::dataOffice));
        table.getColumns().add(WrappingColumns.text(texts.text("jkk.office.column.status"), model::status));
        table.getColumns().add(WrappingColumns.text(texts.text("jkk.office.column.priority"), model::priority));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingColumns.wrapAll(table);
        table.setPlaceholder(new Label(texts.text("jkk.office.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.chosenProperty().set(row));
        // Listed again after a change: the proposal being handled stays chosen, showing its next steps.
        long[] kept = {-1};
        model.chosenProperty().addListener((o, old, row) -> {
            if (row != null) {
                kept[0] = row.id();
            }
        });
        model.proposals().addListener((ListChangeListener<Proposal>) change ->
                model.proposals().stream().filter(p -> p.id() == kept[0]).findFirst()
                        .ifPresent(p -> table.getSelectionModel().select(p)));
        table.setMinHeight(160);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField reason = id(new TextField(), "jkk-reason", "field");
        reason.setPromptText(texts.text("jkk.office.reason"));
        reason.setPrefColumnCount(28);
        reason.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > JkkService.MAX_REASON ? null : change));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        FlowPane steps = new FlowPane(8, 8);
        steps.setAlignment(Pos.CENTER_LEFT);
        model.nextSteps().addListener((ListChangeListener<ProposalStatus>) change -> showSteps(steps, model, texts));
        model.chosenProperty().addListener((o, old, row) -> showSteps(steps, model, texts));
        showSteps(steps, model, texts);

        ComboBox<Termination> termination = id(new ComboBox<>(), "jkk-termination", "field");
        termination.getItems().setAll(Termination.values());
        termination.setPromptText(texts.text("jkk.office.termination"));
        termination.valueProperty().bindBidirectional(model.terminationProperty());
        termination.setConverter(new StringConverter<>() {
            @Override
            public String toString(Termination value) {
                return model.label(value);
            }

            @Override
            public Termination fromString(String text) {
                // Chosen from the list, never typed.
                return null;
            }
        });
        DatePicker endedOn = DayMonthYear.picker("jkk-ended-on");
        endedOn.valueProperty().bindBidirectional(model.endedOnProperty());
        endedOn.setPrefWidth(170);
        Button end = id(new Button(texts.text("jkk.office.end")), "jkk-end");
        end.setOnAction(e -> model.end());
        FlowPane ending = new FlowPane(8, 8, termination, new Label(texts.text("jkk.office.endedOn")), endedOn, end);
        ending.setAlignment(Pos.CENTER_LEFT);
        // Only a cover set by the Wali Kota, or already active, can end (Pasal 10).
        ending.disableProperty().bind(model.mayEndProperty().not());

        Label message = id(new Label(), "jkk-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        VBox pane = new VBox(10, yearRow, table, reason, steps, ending, message);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("jkk.office.tab"), pane);
        tab.setId("tab-jkk");
        // Listed when the tab is opened, not when the office opens: every listing is an audited read.
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                model.refresh();
            }
        });
        return tab;
    }

    /** One button per step the chosen proposal may take, or a line saying to choose one first. */
    private static void showSteps(FlowPane steps, JkkProposalsViewModel model, Texts texts) {
        if (model.nextSteps().isEmpty()) {
            steps.getChildren().setAll(new Label(texts.text(model.chosenProperty().get() == null
                    ? "jkk.office.chooseForSteps" : "jkk.office.noSteps")));
            return;
        }
        steps.getChildren().setAll(new Label(texts.text("jkk.office.stepsLabel")));
        for (ProposalStatus next : model.nextSteps()) {
            Button step = id(new Button(model.label(next)), "jkk-step-" + next.name());
            step.setOnAction(e -> model.move(next));
            steps.getChildren().add(step);
        }
    }
}
