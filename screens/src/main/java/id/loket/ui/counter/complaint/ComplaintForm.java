package id.loket.ui.counter.complaint;

import static id.loket.ui.Ids.id;

import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The complaint form at the information counter, in the order the resident tells it: complaint or
 * suggestion, which service, what happened, how to reach them (optional), then "record and print".
 * Ids: {@code #complaint-form}, {@code #complaint-kind-<KIND>}, {@code #complaint-service},
 * {@code #complaint-text}, {@code #complaint-contact}, {@code #complaint-record}, {@code #complaint-message}.
 */
public final class ComplaintForm {

    private final VBox root;

    public ComplaintForm(ComplaintFormViewModel model, Texts texts) {
        Label title = id(new Label(texts.text("complaint.counter.title")), "complaint-title", "section-title");
        title.setWrapText(true);
        Label hint = id(new Label(texts.text("complaint.counter.hint")), "complaint-hint", "hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        ToggleGroup kinds = new ToggleGroup();
        FlowPane kindRow = id(new FlowPane(16, 6), "complaint-kinds");
        for (ComplaintKind kind : ComplaintKind.values()) {
            RadioButton button = id(new RadioButton(texts.text(EnumLabels.key(kind))), "complaint-kind-" + kind.name());
            button.setToggleGroup(kinds);
            button.setOnAction(e -> model.kindProperty().set(kind));
            kindRow.getChildren().add(button);
        }
        // The model clears itself after a complaint is recorded: the buttons follow.
        model.kindProperty().addListener((obs, old, now) -> kinds.getToggles()
                .forEach(t -> t.setSelected(((RadioButton) t).getId().equals("complaint-kind-" + (now == null ? "" : now.name())))));

        ComboBox<ComplaintFormViewModel.ServiceChoice> service = id(new ComboBox<>(), "complaint-service", "field");
        service.getItems().setAll(model.services());
        service.setPromptText(texts.text("complaint.counter.service.prompt"));
        service.setConverter(new StringConverter<>() {
            @Override
            public String toString(ComplaintFormViewModel.ServiceChoice choice) {
                return choice == null ? "" : choice.name();
            }

            @Override
            public ComplaintFormViewModel.ServiceChoice fromString(String text) {
                // Chosen from the list, never typed.
                return null;
            }
        });
        service.setMaxWidth(Double.MAX_VALUE);
        service.valueProperty().bindBidirectional(model.serviceProperty());

        TextArea text = id(new TextArea(), "complaint-text", "field");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText(texts.text("complaint.counter.text.prompt"));
        text.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > ComplaintDraft.MAX_TEXT ? null : change));
        text.textProperty().bindBidirectional(model.textProperty());

        TextField contact = id(new TextField(), "complaint-contact", "field");
        contact.setPromptText(texts.text("complaint.counter.contact.prompt"));
        contact.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > ComplaintDraft.MAX_CONTACT ? null : change));
        contact.textProperty().bindBidirectional(model.contactProperty());

        Button record = id(new Button(texts.text("complaint.counter.record")), "complaint-record");
        record.disableProperty().bind(model.recordingProperty());
        record.setOnAction(e -> model.record());
        Label message = id(new Label(), "complaint-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        root = id(new VBox(10, title, hint, labelled(texts.text("complaint.counter.kind"), kindRow),
                labelled(texts.text("complaint.counter.service"), service),
                labelled(texts.text("complaint.counter.text"), text),
                labelled(texts.text("complaint.counter.contact"), contact), record, message), "complaint-form", "panel");
        root.setMaxWidth(720);
    }

    private static VBox labelled(String words, Region field) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    public VBox root() {
        return root;
    }
}
