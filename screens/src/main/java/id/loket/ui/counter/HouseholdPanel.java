package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.ui.SearchableChoice;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The household: said at once in colour and words (registered, not yet, not on any list), with the
 * other records the same numbers point at, the KK number when the NIK alone does not find it, the
 * walk-in's RT, the earlier receipt to print again, and the ASN flag.
 */
final class HouseholdPanel {

    private final VBox root;
    private final TextField kkField;
    private final TextField walkInRt;
    private final Button reprint;

    HouseholdPanel(HouseholdViewModel model, RegistrationFormViewModel form, Texts texts) {
        Label title = id(new Label(texts.text("counter.household")), "counter-household-title", "section-title");
        kkField = id(new TextField(), "kk-field", "field");
        kkField.setPromptText(texts.text("counter.kk.prompt"));
        kkField.textProperty().bindBidirectional(model.kkProperty());
        Label kkFeedback = Controls.hiddenWhenEmpty("kk-feedback", model.kkFeedbackProperty(), "feedback", "invalid");

        Label status = id(new Label(), "household-status", "household");
        status.textProperty().bind(model.summaryProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        model.stateProperty().addListener((obs, old, state) -> {
            status.getStyleClass().removeAll("registered", "not-registered", "not-on-list");
            switch (state) {
                case REGISTERED -> status.getStyleClass().add("registered");
                case NOT_REGISTERED -> status.getStyleClass().add("not-registered");
                case NOT_ON_LIST -> status.getStyleClass().add("not-on-list");
                default -> { }
            }
        });
        Label flags = Controls.hiddenWhenEmpty("household-flags", model.flagsProperty(), "hint");
        Label duplicates = Controls.hiddenWhenEmpty("household-duplicates", model.duplicatesProperty(),
                "feedback", "warning");

        reprint = Controls.enterFires(id(new Button(texts.text("counter.reprint.earlier")), "registration-reprint"));
        reprint.setWrapText(true);
        reprint.setMinHeight(Region.USE_PREF_SIZE);
        reprint.setOnAction(e -> form.reprint());
        Controls.showWhen(reprint, form.canReprintBinding());

        // The walk-in's RT is typed (two or three keys, "1/3"), not picked from a list of every RT; Enter adds.
        walkInRt = id(new TextField(), "walkin-rt", "field");
        walkInRt.setPromptText(texts.text("counter.walkIn.rt"));
        walkInRt.setPrefColumnCount(8);
        walkInRt.textProperty().bindBidirectional(model.walkInRtTypedProperty());
        walkInRt.setOnAction(e -> {
            model.addWalkIn();
            e.consume();
        });
        Button addWalkIn = Controls.enterFires(id(new Button(texts.text("counter.walkIn.add")), "walkin-add"));
        addWalkIn.setMinWidth(Region.USE_PREF_SIZE);
        addWalkIn.setOnAction(e -> model.addWalkIn());
        Label walkInHint = id(new Label(texts.text("counter.walkIn.hint")), "walkin-hint", "hint");
        walkInHint.setWrapText(true);
        walkInHint.setMinHeight(Region.USE_PREF_SIZE);
        Label walkInRtSaid = Controls.hiddenWhenEmpty("walkin-rt-said", model.walkInRtSaidProperty(), "feedback");
        Label walkInMessage = Controls.hiddenWhenEmpty("walkin-message", model.walkInMessageProperty(), "feedback");
        HBox walkInRow = new HBox(8, walkInRt, addWalkIn);
        walkInRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox walkIn = id(new VBox(6, walkInHint, walkInRow, walkInRtSaid), "walkin-box", "subpanel");
        Controls.showWhen(walkIn, model.stateProperty().isEqualTo(HouseholdViewModel.State.NOT_ON_LIST));

        // ASN heads are few: a tick opens the choice of Perangkat Daerah, so the card stays compact.
        CheckBox asnOpen = id(new CheckBox(texts.text("counter.asn.title")), "asn-open");
        asnOpen.setWrapText(true);
        asnOpen.setMinHeight(Region.USE_PREF_SIZE);
        // Some forty Perangkat Daerah: a few typed letters find one ("inspektorat") without scrolling.
        ComboBox<String> asnUnit = SearchableChoice.of("asn-unit", unit -> unit);
        asnUnit.setItems(model.asnUnits());
        asnUnit.valueProperty().bindBidirectional(model.asnUnitProperty());
        asnUnit.setPromptText(texts.text("counter.asn.unit"));
        asnUnit.setMaxWidth(Double.MAX_VALUE);
        asnUnit.setMinWidth(120);
        asnUnit.setPrefWidth(200);
        HBox.setHgrow(asnUnit, Priority.ALWAYS);
        Button asnSave = Controls.enterFires(id(new Button(texts.text("counter.asn.save")), "asn-save"));
        asnSave.setMinWidth(Region.USE_PREF_SIZE);
        asnSave.setOnAction(e -> model.flagAsn());
        HBox asnRow = id(new HBox(8, asnUnit, asnSave), "asn-row");
        Label asnMessage = Controls.hiddenWhenEmpty("asn-message", model.asnMessageProperty(), "feedback");
        var householdShown = model.stateProperty().isEqualTo(HouseholdViewModel.State.NOT_REGISTERED)
                .or(model.stateProperty().isEqualTo(HouseholdViewModel.State.REGISTERED));
        Controls.showWhen(asnOpen, householdShown);
        Controls.showWhen(asnRow, asnOpen.selectedProperty().and(householdShown));
        model.stateProperty().addListener((obs, old, state) -> asnOpen.setSelected(false));

        Label kkLabel = new Label(texts.text("counter.kk"));
        kkLabel.setWrapText(true);
        kkLabel.setMinHeight(Region.USE_PREF_SIZE);
        // The KK number finds a household the NIK did not; once the NIK found it, the field gives its room
        // to the form (it stays while it holds what the agent typed).
        VBox kk = new VBox(4, kkLabel, kkField, kkFeedback);
        Controls.showWhen(kk, model.stateProperty().isEqualTo(HouseholdViewModel.State.NOT_REGISTERED)
                .or(model.stateProperty().isEqualTo(HouseholdViewModel.State.REGISTERED)).not()
                .or(model.kkProperty().isNotEmpty()));
        // The earlier receipt and the ASN tick share a row: each is seldom needed, neither should push the other down.
        FlowPane reprintAndAsn = new FlowPane(12, 8, reprint, asnOpen);
        reprintAndAsn.setAlignment(Pos.CENTER_LEFT);
        VBox asn = id(new VBox(6, reprintAndAsn, asnRow, asnMessage), "asn-box");
        root = id(new VBox(8, title, kk, status, flags, duplicates, asn, walkIn, walkInMessage),
                "counter-household-fields");
    }

    VBox root() {
        return root;
    }

    TextField kkField() {
        return kkField;
    }

    TextField walkInRt() {
        return walkInRt;
    }

    Button reprint() {
        return reprint;
    }
}
