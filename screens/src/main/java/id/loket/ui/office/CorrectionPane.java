package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import id.loket.service.registration.CorrectionService;
import id.loket.ui.PdfPreview;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The "Koreksi" tab: a supervisor finds a saved registration, corrects it with a reason, sees the new receipt. */
public final class CorrectionPane {

    private CorrectionPane() {
    }

    public static Tab tab(CorrectionViewModel model, Texts texts) {
        TextField query = id(new TextField(), "correction-query", "field");
        query.setPromptText(texts.text("correction.office.queryPrompt"));
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.find());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button find = id(new Button(texts.text("correction.office.find")), "correction-find");
        find.setOnAction(e -> model.find());
        HBox search = new HBox(8, query, find);
        search.setAlignment(Pos.CENTER_LEFT);

        ListView<CorrectionService.Candidate> found = id(new ListView<>(model.found()), "correction-found");
        found.setPrefHeight(120);
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CorrectionService.Candidate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.text("correction.office.foundLine",
                        item.registration().code(), item.headName(), item.maskedNik(), item.rtLabel(),
                        model.label(item.registration().outcome())));
            }
        });
        found.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            if (c != null) {
                model.chosenProperty().set(c);
            }
        });

        ComboBox<Outcome> outcome = choice("correction-outcome", Outcome.values(), model);
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        // As on the counter's form: the listed reason only for GAGAL, the come-back day only for a follow-up.
        ComboBox<FailureReason> failureReason = choice("correction-failure-reason", FailureReason.values(), model);
        failureReason.setPromptText(texts.text("counter.failure.prompt"));
        failureReason.valueProperty().bindBidirectional(model.failureReasonProperty());
        TextField followUpOn = id(new TextField(), "correction-follow-up-date", "field");
        followUpOn.setPromptText("dd-mm-yyyy");
        followUpOn.textProperty().bindBidirectional(model.followUpOnProperty());
        TextField note = id(new TextField(), "correction-note", "field");
        note.textProperty().bindBidirectional(model.noteProperty());
        TextField reference = id(new TextField(), "correction-reference", "field");
        reference.textProperty().bindBidirectional(model.portalReferenceProperty());
        ComboBox<RegistrationPath> path = choice("correction-path", RegistrationPath.values(), model);
        path.valueProperty().bindBidirectional(model.pathProperty());
        ComboBox<IkdState> ikd = choice("correction-ikd", IkdState.values(), model);
        ikd.valueProperty().bindBidirectional(model.ikdStateProperty());
        TextField phone = id(new TextField(), "correction-phone", "field");
        phone.textProperty().bindBidirectional(model.phoneProperty());
        TextArea reason = id(new TextArea(), "correction-reason", "field");
        reason.setPromptText(texts.text("correction.office.reasonPrompt"));
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Button save = id(new Button(texts.text("correction.office.save")), "correction-save", "primary");
        save.setOnAction(e -> model.save());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        // The labels keep their whole words; the fields beside them give way on a narrow screen.
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        fieldColumn.setMinWidth(160);
        form.getColumnConstraints().setAll(labelColumn, fieldColumn);
        String[] labels = {"correction.office.outcome", "correction.office.failureReason",
                "correction.office.followUpOn", "correction.office.note", "correction.office.reference",
                "correction.office.path", "correction.office.ikd", "correction.office.phone",
                "correction.office.reason"};
        Node[] fields = {outcome, failureReason, followUpOn, note, reference, path, ikd, phone, reason};
        for (int i = 0; i < labels.length; i++) {
            Label label = new Label(texts.text(labels[i]));
            form.add(label, 0, i);
            form.add(fields[i], 1, i);
            GridPane.setHgrow(fields[i], Priority.ALWAYS);
            if (fields[i] == failureReason) {
                showWhen(model.outcomeProperty().isEqualTo(Outcome.GAGAL), label, failureReason);
            } else if (fields[i] == followUpOn) {
                showWhen(model.outcomeProperty().isEqualTo(Outcome.PERLU_TINDAK_LANJUT), label, followUpOn);
            }
        }
        form.add(save, 1, labels.length);

        Label message = id(new Label(), "correction-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        ListView<String> history = id(new ListView<>(model.history()), "correction-history");
        history.setPrefHeight(110);

        Label intro = new Label(texts.text("correction.office.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(10, intro, search, found, form, message,
                new Label(texts.text("correction.office.history")), history);
        left.setPrefWidth(720);
        left.setMinWidth(520);
        ImageView preview = PdfPreview.view("correction-receipt", 900);
        preview.setFitWidth(360);
        preview.imageProperty().bind(model.receiptProperty());
        ScrollPane previewPane = id(new ScrollPane(preview), "correction-receipt-pane");
        HBox.setHgrow(previewPane, Priority.ALWAYS);
        HBox pane = new HBox(16, left, previewPane);
        pane.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(texts.text("correction.office.tab"), pane);
        tab.setId("tab-correction");
        return tab;
    }

    /** Shows the nodes (a label and its field) only while {@code condition} holds, taking no room otherwise. */
    private static void showWhen(ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    private static <E extends Enum<E>> ComboBox<E> choice(String cssId, E[] values, CorrectionViewModel model) {
        ComboBox<E> box = id(new ComboBox<>(), cssId, "field");
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return model.label(value);
            }

            @Override
            public E fromString(String text) {
                // Chosen from the list, never typed.
                return null;
            }
        });
        return box;
    }
}
