package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The registration form, in the order of the work: consent first (read aloud, then ticked or refused),
 * then the path, the IKD state and phone, what the portal said, and the one button that saves and prints.
 * The button and its message are a bar of their own ({@link #actionBar()}), which the console pins below
 * the scrolling work area so Save is always in view. Fields that belong to one outcome show only for it.
 */
final class RegistrationForm {

    private static final double LABEL_WIDTH = 170;

    static {
        // ControlsFX reads a radio button's value but does not watch it; the path and outcome are radio buttons.
        // Its list of watchers is global, so this is said once.
        ValueExtractor.addObservableValueExtractor(c -> c instanceof RadioButton, c -> ((RadioButton) c).selectedProperty());
    }
    private final VBox root;
    private final HBox actionBar;
    private final CheckBox consent;
    private final Button save;
    /** Where the cursor goes when a save is refused for a field. */
    private final Map<RegistrationDraft.Field, Node> fields = new EnumMap<>(RegistrationDraft.Field.class);

    RegistrationForm(RegistrationFormViewModel model, Texts texts) {
        Label title = id(new Label(texts.text("counter.registration")), "counter-registration-title", "section-title");

        Label consentText = id(new Label(texts.text("counter.consent.text")), "consent-text", "consent-text");
        consentText.setWrapText(true);
        consentText.setMinHeight(Region.USE_PREF_SIZE);
        consent = id(new CheckBox(texts.text("counter.consent.given")), "consent-check");
        consent.setWrapText(true);
        consent.setMinHeight(Region.USE_PREF_SIZE);
        consent.selectedProperty().bindBidirectional(model.consentProperty());
        Node refusal = new ConsentRefusal(model, texts).root();
        VBox consentBox = id(new VBox(8, consentText, consent, refusal), "consent-box", "subpanel");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, grow);
        int row = 0;
        FlowPane path = Controls.choices(RegistrationPath.values(), model.pathProperty(), "path-", texts);
        form.addRow(row++, label(texts, "counter.path"), path);
        ComboBox<IkdState> ikd = Controls.combo("ikd-state", state -> texts.text(EnumLabels.key(state)));
        ikd.getItems().setAll(IkdState.values());
        ikd.valueProperty().bindBidirectional(model.ikdStateProperty());
        ikd.setMaxWidth(Double.MAX_VALUE);
        form.addRow(row++, label(texts, "counter.ikd"), ikd);
        TextField phone = id(new TextField(), "phone-field", "field");
        phone.setPromptText("08xxxxxxxxxx");
        phone.textProperty().bindBidirectional(model.phoneProperty());
        form.addRow(row++, label(texts, "counter.phone"), phone);
        FlowPane outcome = Controls.choices(Outcome.values(), model.outcomeProperty(), "outcome-", texts);
        form.addRow(row++, label(texts, "counter.outcome"), outcome);

        // What the portal said, in one row: the listed reason (GAGAL) or the day to come back
        // (PERLU_TINDAK_LANJUT) beside the note, shown only for their outcome.
        ComboBox<FailureReason> reason = Controls.combo("failure-reason", r -> texts.text(EnumLabels.key(r)));
        reason.getItems().setAll(FailureReason.values());
        reason.valueProperty().bindBidirectional(model.failureReasonProperty());
        reason.setPromptText(texts.text("counter.failure.prompt"));
        Controls.showWhen(reason, model.outcomeProperty().isEqualTo(Outcome.GAGAL));
        TextField followUp = id(new TextField(), "follow-up-date", "field");
        followUp.setPromptText(texts.text("counter.followUp"));
        followUp.setPrefColumnCount(10);
        followUp.textProperty().bindBidirectional(model.followUpOnProperty());
        Controls.showWhen(followUp, model.outcomeProperty().isEqualTo(Outcome.PERLU_TINDAK_LANJUT));
        TextField note = id(new TextField(), "outcome-note", "field");
        note.setPromptText(texts.text("counter.outcomeNote.prompt"));
        note.textProperty().bindBidirectional(model.outcomeNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox outcomeDetails = new HBox(8, reason, followUp, note);
        form.addRow(row++, label(texts, "counter.outcomeNote"), outcomeDetails);

        TextField reference = id(new TextField(), "portal-reference", "field");
        reference.setPromptText(texts.text("counter.reference.prompt"));
        reference.textProperty().bindBidirectional(model.portalReferenceProperty());
        form.addRow(row++, label(texts, "counter.reference"), reference);

        save = Controls.enterFires(id(new Button(texts.text("counter.save")), "registration-save", "primary"));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.saveOfferedBinding().not());
        save.setOnAction(e -> model.save());
        // Enter in any field of the form confirms: it saves when saving is possible.
        save.setDefaultButton(true);
        Label message = id(new Label(), "registration-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        actionBar = id(new HBox(16, save, message), "registration-message-bar", "action-bar");
        actionBar.setAlignment(Pos.CENTER_LEFT);

        fields.put(RegistrationDraft.Field.CONSENT, consent);
        fields.put(RegistrationDraft.Field.PATH, path.getChildren().get(0));
        fields.put(RegistrationDraft.Field.IKD_STATE, ikd);
        fields.put(RegistrationDraft.Field.PHONE, phone);
        fields.put(RegistrationDraft.Field.OUTCOME, outcome.getChildren().get(0));
        fields.put(RegistrationDraft.Field.FAILURE_REASON, reason);
        fields.put(RegistrationDraft.Field.FOLLOW_UP_ON, followUp);
        fields.put(RegistrationDraft.Field.OUTCOME_NOTE, note);
        fields.put(RegistrationDraft.Field.PORTAL_REFERENCE, reference);
        markBlocking(model, path, outcome);

        root = id(new VBox(8, title, consentBox, form), "counter-form", "panel");
        root.setMinWidth(440);
        // Its preferred width is modest, so it takes the room left beside the identity instead of squeezing it.
        root.setPrefWidth(500);
        HBox.setHgrow(root, Priority.ALWAYS);
    }

    /**
     * Marks in place each field that stops the save, after a refused save and until it is fixed: ControlsFX's
     * validation draws the mark (the {@code blocks-save} border) while the message beside Save keeps naming
     * what is wrong. Which fields block is the view model's to say; this only shows it. A choice of buttons
     * (path, outcome) is marked on every button, as none of them is the wrong one.
     */
    private void markBlocking(RegistrationFormViewModel model, FlowPane path, FlowPane outcome) {
        ValidationSupport marks = new ValidationSupport();
        marks.setValidationDecorator(new StyleClassValidationDecoration("blocks-save", "blocks-save"));
        fields.forEach((field, node) -> {
            List<Node> marked = field == RegistrationDraft.Field.PATH ? path.getChildren()
                    : field == RegistrationDraft.Field.OUTCOME ? outcome.getChildren() : List.of(node);
            for (Node each : marked) {
                if (each instanceof Control control) {
                    marks.registerValidator(control, false, (Control c, Object value) -> ValidationResult.fromErrorIf(
                            c, model.blockingFields().get(field), model.blockingFields().containsKey(field)));
                }
            }
        });
        model.blockingFields().addListener(
                (MapChangeListener<RegistrationDraft.Field, String>) change -> marks.revalidate());
        // By itself ControlsFX shows nothing until a field is edited; here the view model decides when (after a
        // refused save), so the marks may show at once, even on a form nobody has touched.
        marks.initInitialDecoration();
    }

    /** A field's label: a long one wraps onto two lines, so the fields keep the room for their words. */
    private static Label label(Texts texts, String key) {
        Label label = new Label(texts.text(key));
        label.setWrapText(true);
        label.setMaxWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    VBox root() {
        return root;
    }

    /** Save and what it said: pinned below the work area by the console. */
    HBox actionBar() {
        return actionBar;
    }

    CheckBox consent() {
        return consent;
    }

    Button save() {
        return save;
    }

    /** The control of that field, for the cursor after a refused save. */
    Node field(RegistrationDraft.Field field) {
        return fields.get(field);
    }
}
