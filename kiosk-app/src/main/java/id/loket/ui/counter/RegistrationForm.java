package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The registration form, in the order of the work: consent first (read aloud, then ticked or refused),
 * then the path, the IKD state and phone, what the portal said, and the one button that saves and prints.
 */
final class RegistrationForm {

    private final VBox root;
    private final CheckBox consent;
    private final Button save;

    RegistrationForm(RegistrationFormViewModel model, Texts texts) {
        Label title = id(new Label(texts.text("counter.registration")), "counter-registration-title", "section-title");

        Label consentText = id(new Label(texts.text("counter.consent.text")), "consent-text", "consent-text");
        consentText.setWrapText(true);
        consentText.setMinHeight(Region.USE_PREF_SIZE);
        consent = id(new CheckBox(texts.text("counter.consent.given")), "consent-check");
        consent.setWrapText(true);
        consent.setMinHeight(Region.USE_PREF_SIZE);
        consent.selectedProperty().bindBidirectional(model.consentProperty());
        Button refuse = Controls.enterFires(id(new Button(texts.text("counter.consent.refuse")), "consent-refuse"));
        refuse.setOnAction(e -> model.refuse());
        VBox consentBox = id(new VBox(8, consentText, consent, refuse), "consent-box", "subpanel");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        form.addRow(row++, new Label(texts.text("counter.path")),
                Controls.choices(RegistrationPath.values(), model.pathProperty(), "path-", texts));
        ComboBox<IkdState> ikd = Controls.combo("ikd-state", state -> texts.text(EnumLabels.key(state)));
        ikd.getItems().setAll(IkdState.values());
        ikd.valueProperty().bindBidirectional(model.ikdStateProperty());
        form.addRow(row++, new Label(texts.text("counter.ikd")), ikd);
        TextField phone = id(new TextField(), "phone-field", "field");
        phone.setPromptText("08xxxxxxxxxx");
        phone.textProperty().bindBidirectional(model.phoneProperty());
        form.addRow(row++, new Label(texts.text("counter.phone")), phone);
        form.addRow(row++, new Label(texts.text("counter.outcome")),
                Controls.choices(Outcome.values(), model.outcomeProperty(), "outcome-", texts));

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
        form.addRow(row++, new Label(texts.text("counter.outcomeNote")), outcomeDetails);

        TextField reference = id(new TextField(), "portal-reference", "field");
        reference.setPromptText(texts.text("counter.reference.prompt"));
        reference.textProperty().bindBidirectional(model.portalReferenceProperty());
        form.addRow(row++, new Label(texts.text("counter.reference")), reference);

        save = Controls.enterFires(id(new Button(texts.text("counter.save")), "registration-save", "primary"));
        save.disableProperty().bind(model.saveOfferedBinding().not());
        save.setOnAction(e -> model.save());
        // Enter in any field of the form confirms: it saves when saving is possible.
        save.setDefaultButton(true);
        Label message = id(new Label(), "registration-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        root = id(new VBox(8, title, consentBox, form, save, message), "counter-form", "panel");
        root.setMinWidth(480);
        HBox.setHgrow(root, Priority.ALWAYS);
    }

    VBox root() {
        return root;
    }

    CheckBox consent() {
        return consent;
    }

    Button save() {
        return save;
    }
}
