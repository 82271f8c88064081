package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.nik.Sex;
import id.loket.domain.text.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Who is at the counter: the NIK first (filled by the card reader or the scanner, or typed), then the
 * name, birth date and sex the card or the resident gives. What the NIK itself says is shown under it,
 * so a disagreement is seen at once.
 */
final class IdentityPanel {

    private final VBox root;
    private final TextField nikField;

    IdentityPanel(IdentityViewModel model, Texts texts) {
        nikField = id(new TextField(), "nik-field", "field", "nik");
        nikField.setPromptText(texts.text("counter.nik.prompt"));
        nikField.textProperty().bindBidirectional(model.nikProperty());
        Label card = Controls.hiddenWhenEmpty("card-message", model.cardMessageProperty(), "feedback");
        Button useCard = Controls.enterFires(id(new Button(texts.text("device.nik.use")), "nik-use-card"));
        useCard.setOnAction(e -> model.useOfferedNik());
        Controls.showWhen(useCard, model.offeredNikProperty().isNotEmpty());
        Label feedback = Controls.hiddenWhenEmpty("nik-feedback", model.feedbackProperty(), "feedback");
        model.validProperty().addListener((obs, old, valid) -> {
            feedback.getStyleClass().remove("invalid");
            if (!valid) {
                feedback.getStyleClass().add("invalid");
            }
        });
        Label parts = Controls.hiddenWhenEmpty("nik-parts", model.partsProperty(), "hint");

        TextField name = id(new TextField(), "identity-name", "field");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField birth = id(new TextField(), "identity-birth-date", "field");
        birth.setPromptText("dd-mm-yyyy");
        birth.textProperty().bindBidirectional(model.birthDateProperty());
        var sex = Controls.<Sex>combo("identity-sex",
                s -> texts.text(s == Sex.PEREMPUAN ? "counter.identity.female" : "counter.identity.male"));
        sex.getItems().setAll(Sex.values());
        sex.valueProperty().bindBidirectional(model.sexProperty());
        GridPane details = new GridPane();
        details.setHgap(8);
        details.setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        details.getColumnConstraints().setAll(labels, grow);
        // Birth date and sex share a row: both are checked against the NIK, and the card fills both.
        sex.setPromptText(texts.text("counter.identity.sex"));
        sex.setMaxWidth(Double.MAX_VALUE);
        sex.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(sex, Priority.ALWAYS);
        birth.setPrefWidth(140);
        birth.setMinWidth(140);
        HBox birthAndSex = new HBox(8, birth, sex);
        details.addRow(0, new Label(texts.text("counter.identity.name")), name);
        details.addRow(1, new Label(texts.text("counter.identity.birthDate")), birthAndSex);

        // The NIK's label is the panel's title: who is at the counter starts with it.
        Label nikLabel = id(new Label(texts.text("counter.nik")), "counter-identity-title", "section-title");
        root = id(new VBox(8, nikLabel, nikField, card, useCard, feedback, parts,
                details), "counter-identity-fields");
    }

    VBox root() {
        return root;
    }

    TextField nikField() {
        return nikField;
    }
}
