package id.loket.ui.counter.jkk;

import static id.loket.ui.Ids.id;

import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Poverty;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.ui.SearchableChoice;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pekerja rentan form at the counter: the resident's data in two columns, the four yes/no facts, the
 * rules of Pasal 5 judged as the agent types, and Save (which also prints the Lampiran II form) pinned
 * below, in view at any size. Ids start with {@code jkk-}.
 */
public final class PekerjaRentanForm {

    private final BorderPane root;
    private final TextField nik;
    private final PekerjaRentanViewModel model;

    public PekerjaRentanForm(PekerjaRentanViewModel model, Texts texts) {
        this.model = model;
        Label title = id(new Label(), "jkk-title", "section-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);

        nik = field("jkk-nik", model.nikProperty(), texts.text("jkk.counter.nik.prompt"));
        // Fifteen job types, each a long name: typing part of it ("pemulung", "ojek") finds it faster than
        // scrolling a list of fifteen. The office stays a plain choice: it follows the job (one or two rows).
        ComboBox<JobType> job = SearchableChoice.of("jkk-job", type -> texts.text(EnumLabels.key(type)));
        job.getItems().setAll(JobType.values());
        job.setPromptText(texts.text("jkk.counter.job.prompt"));
        job.valueProperty().bindBidirectional(model.jobProperty());
        ComboBox<DataOffice> office = combo("jkk-data-office", row -> row.jobLabel() + ": " + row.office());
        office.setItems(model.dataOffices());
        office.valueProperty().bindBidirectional(model.dataOfficeProperty());
        ComboBox<Poverty> poverty = combo("jkk-poverty", p -> texts.text(EnumLabels.key(p)));
        poverty.getItems().setAll(Poverty.values());
        poverty.setPromptText(texts.text("jkk.counter.poverty.prompt"));
        poverty.valueProperty().bindBidirectional(model.povertyProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints(160, 300, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, value, label, value);
        row(grid, 0, texts.text("jkk.counter.nik"), nik, texts.text("jkk.counter.name"),
                field("jkk-name", model.nameProperty(), ""));
        row(grid, 1, texts.text("jkk.counter.birthPlace"), field("jkk-birth-place", model.birthPlaceProperty(), ""),
                texts.text("jkk.counter.address"), field("jkk-address", model.addressProperty(), ""));
        row(grid, 2, texts.text("jkk.counter.phone"), field("jkk-phone", model.phoneProperty(), ""),
                texts.text("jkk.counter.ktpOccupation"), field("jkk-ktp-occupation", model.ktpOccupationProperty(),
                        texts.text("jkk.counter.ktpOccupation.prompt")));
        // The job's and the office's names are long: each gets a whole row, so neither is cut at 1024 wide.
        wide(grid, 3, texts.text("jkk.counter.job"), job);
        wide(grid, 4, texts.text("jkk.counter.dataOffice"), office);
        row(grid, 5, texts.text("jkk.counter.jobSpecific"), field("jkk-job-specific", model.jobSpecificProperty(),
                texts.text("jkk.counter.jobSpecific.prompt")), texts.text("jkk.counter.income"),
                field("jkk-income", model.incomeProperty(), texts.text("jkk.counter.income.prompt")));
        wide(grid, 6, texts.text("jkk.counter.domicile"), field("jkk-domicile", model.domicileTextProperty(),
                texts.text("jkk.counter.domicile.prompt")));
        wide(grid, 7, texts.text("jkk.counter.poverty"), poverty);

        FlowPane facts = new FlowPane(18, 6, check("jkk-bpjs-member", texts.text("jkk.counter.bpjsMember"),
                model.bpjsMemberProperty()), check("jkk-ktp-other-city", texts.text("jkk.counter.ktpOtherCity"),
                model.ktpOtherCityProperty()), check("jkk-extreme-poor", texts.text("jkk.counter.extremePoor"),
                model.extremePoorProperty()), check("jkk-disability", texts.text("jkk.counter.disability"),
                model.disabilityProperty()));

        VBox verdicts = id(new VBox(4), "jkk-verdicts");
        model.verdicts().addListener((ListChangeListener<PekerjaRentanViewModel.VerdictLine>) change ->
                showVerdicts(verdicts, texts));
        showVerdicts(verdicts, texts);
        Label summary = id(new Label(), "jkk-summary", "section-title");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label rulesTitle = new Label(texts.text("jkk.counter.rules"));
        rulesTitle.getStyleClass().add("section-title");

        VBox content = id(new VBox(10, grid, facts, rulesTitle, verdicts), "jkk-form", "panel");
        content.setPadding(new Insets(12));
        ScrollPane scroll = id(new ScrollPane(content), "jkk-body");
        scroll.setFitToWidth(true);

        Button save = id(new Button(texts.text("jkk.counter.save")), "jkk-save", "primary");
        save.disableProperty().bind(model.savedProperty().or(model.savingProperty()));
        save.setOnAction(e -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label message = id(new Label(), "jkk-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        // The verdict in short stays in view beside Save while the table of rules scrolls with the form.
        VBox said = new VBox(4, summary, message);
        HBox.setHgrow(said, Priority.ALWAYS);
        HBox actions = id(new HBox(14, save, said), "jkk-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 12, 8, 12));

        BorderPane top = id(new BorderPane(title), "jkk-top");
        top.setPadding(new Insets(12, 12, 0, 12));
        BorderPane.setAlignment(title, Pos.CENTER_LEFT);
        root = id(new BorderPane(scroll), "jkk-root");
        root.setTop(top);
        root.setBottom(actions);
    }

    private void showVerdicts(VBox box, Texts texts) {
        box.getChildren().clear();
        for (PekerjaRentanViewModel.VerdictLine line : model.verdicts()) {
            String mark = line.holds() == null ? texts.text("jkk.counter.mark.open")
                    : line.holds() ? texts.text("jkk.counter.mark.holds") : texts.text("jkk.counter.mark.fails");
            Label label = new Label(mark + "  " + line.text());
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add(line.holds() == null ? "hint" : line.holds() ? "ok" : "warning");
            box.getChildren().add(label);
        }
    }

    private static void row(GridPane grid, int row, String leftLabel, Node left, String rightLabel, Node right) {
        Label l = new Label(leftLabel);
        Label r = new Label(rightLabel);
        l.setMinWidth(Region.USE_PREF_SIZE);
        r.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(left);
        r.setLabelFor(right);
        grid.addRow(row, l, left, r, right);
    }

    private static void wide(GridPane grid, int row, String labelText, Node field) {
        Label label = new Label(labelText);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row, 3, 1);
    }

    private static TextField field(String cssId, StringProperty property, String prompt) {
        TextField field = id(new TextField(), cssId, "field");
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    private static CheckBox check(String cssId, String text, BooleanProperty property) {
        CheckBox box = id(new CheckBox(text), cssId);
        box.selectedProperty().bindBidirectional(property);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static <T> ComboBox<T> combo(String cssId, Function<T, String> words) {
        ComboBox<T> combo = id(new ComboBox<>(), cssId, "field");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setCellFactory(list -> cell(words));
        combo.setButtonCell(cell(words));
        return combo;
    }

    private static <T> ListCell<T> cell(Function<T, String> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        };
    }

    public Node root() {
        return root;
    }

    /** The first field of the work: the NIK. */
    public void focus() {
        nik.requestFocus();
    }
}
