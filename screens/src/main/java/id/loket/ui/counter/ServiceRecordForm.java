package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.servicerecord.InformationTopic;
import id.loket.domain.servicerecord.IkdNotActivatedReason;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The short form of a service other than the Perlinsos registration, in the order of the work: how it
 * ended (no outcome preselected), the reason or topic it needs, a note, and the button that saves.
 * Ids: {@code #service-record-form}, {@code #service-outcome-<OUTCOME>}, {@code #service-reason},
 * {@code #service-topic}, {@code #service-note}, {@code #service-record-save}, {@code #service-record-message}.
 */
final class ServiceRecordForm {

    private final VBox root;
    private final FlowPane outcomes = new FlowPane(16, 6);
    private final ToggleGroup outcomeGroup = new ToggleGroup();
    private final ServiceRecordFormViewModel model;
    private final Texts texts;

    ServiceRecordForm(ServiceRecordFormViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        Label title = id(new Label(), "service-record-title", "section-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);

        outcomes.setId("service-outcomes");
        model.kindProperty().addListener((obs, old, kind) -> offerOutcomes(kind));
        offerOutcomes(model.kindProperty().get());
        model.outcomeProperty().addListener((obs, old, outcome) -> showOutcome(outcome));

        ComboBox<IkdNotActivatedReason> reason = Controls.combo("service-reason", r -> texts.text(EnumLabels.key(r)));
        reason.getItems().setAll(IkdNotActivatedReason.values());
        reason.setPromptText(texts.text("serviceRecord.reason.prompt"));
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        VBox reasonRow = labelled("serviceRecord.label.reason", reason);
        Controls.showWhen(reasonRow, model.outcomeProperty().isEqualTo(ServiceOutcome.NOT_ACTIVATED));

        ComboBox<InformationTopic> topic = Controls.combo("service-topic", t -> texts.text(EnumLabels.key(t)));
        topic.getItems().setAll(InformationTopic.values());
        topic.setPromptText(texts.text("serviceRecord.topic.prompt"));
        topic.valueProperty().bindBidirectional(model.topicProperty());
        VBox topicRow = labelled("serviceRecord.label.topic", topic);
        Controls.showWhen(topicRow, model.kindProperty().isEqualTo(ServiceKind.INFORMATION));

        TextField note = id(new TextField(), "service-note", "field");
        note.setPromptText(texts.text("serviceRecord.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());

        Button save = Controls.enterFires(id(new Button(texts.text("serviceRecord.save")), "service-record-save", "primary"));
        save.disableProperty().bind(model.savedProperty());
        save.setOnAction(e -> model.save());
        // Enter saves this form only while it shows: the registration's Save is the default button otherwise.
        save.defaultButtonProperty().bind(model.kindProperty().isNotNull());
        Label message = id(new Label(), "service-record-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        root = id(new VBox(10, title, labelled("serviceRecord.label.outcome", outcomes), topicRow, reasonRow,
                labelled("serviceRecord.label.note", note), save, message), "service-record-form", "panel");
        root.setMaxWidth(720);
    }

    private VBox labelled(String key, Region field) {
        Label label = new Label(texts.text(key));
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    /** Each kind has its own outcomes; none is chosen until the agent chooses. */
    private void offerOutcomes(ServiceKind kind) {
        outcomeGroup.getToggles().clear();
        outcomes.getChildren().clear();
        if (kind == null) {
            return;
        }
        for (ServiceOutcome outcome : kind.outcomes()) {
            RadioButton button = id(new RadioButton(texts.text(EnumLabels.key(outcome))), "service-outcome-" + outcome.name());
            button.setUserData(outcome);
            button.setToggleGroup(outcomeGroup);
            button.setOnAction(e -> model.outcomeProperty().set(outcome));
            outcomes.getChildren().add(button);
        }
        showOutcome(model.outcomeProperty().get());
    }

    private void showOutcome(ServiceOutcome outcome) {
        outcomeGroup.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == outcome));
    }

    VBox root() {
        return root;
    }

    /** The first thing to answer: how the service ended. */
    void focus() {
        if (!outcomes.getChildren().isEmpty()) {
            outcomes.getChildren().get(0).requestFocus();
        }
    }
}
