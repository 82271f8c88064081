package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import id.loket.service.Devices;
import id.loket.ui.PdfPreview;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The counter console: the queue bar on top, identity and household on the left, the registration
 * form on the right, the receipt beside it. Keyboard first: every action has its key on its button.
 */
public final class CounterView {

    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.F10);
    public static final KeyCombination SAVE_ALT = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REPRINT = new KeyCodeCombination(KeyCode.F11);

    private final BorderPane root = id(new BorderPane(), "counter-view", "agent");
    private final CounterViewModel model;
    private final Texts texts;
    private final TextField nikField;

    public CounterView(CounterViewModel model, Texts texts, Runnable onLogout) {
        this.model = model;
        this.texts = texts;
        this.nikField = id(new TextField(), "nik-field", "field", "nik");
        root.setTop(queueBar(onLogout));
        HBox body = new HBox(16, identityPanel(), formPanel(), receiptPanel());
        body.setPadding(new Insets(12));
        // On a small screen the work area scrolls; the queue bar above it always stays in view.
        ScrollPane scroll = id(new ScrollPane(body), "counter-body");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);
        root.setBottom(deviceBar());
        // The keys and the devices belong to the face on screen; take them back when it leaves.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().keySet().removeAll(java.util.List.of(SAVE, SAVE_ALT, REPRINT));
                model.close();
            }
            if (scene != null) {
                scene.getAccelerators().put(SAVE, model::save);
                scene.getAccelerators().put(SAVE_ALT, model::save);
                scene.getAccelerators().put(REPRINT, model::reprint);
                model.attach();
            }
        });
    }

    private HBox queueBar(Runnable onLogout) {
        // The queue's own view (call, recall, no-show, transfer, finish); this console only follows its ticket.
        Parent queue = new QueueConsoleView(model.queue(), texts).root();
        HBox.setHgrow(queue, Priority.ALWAYS);
        // A called ticket means a resident is on the way: the next thing to do is the NIK.
        model.queue().ticketProperty().addListener((obs, old, ticket) -> {
            if (ticket != null) {
                nikField.requestFocus();
            }
        });
        Label who = id(new Label(model.agent().displayName()), "counter-agent", "status");
        Button logout = id(new Button(texts.text("counter.logout")), "counter-logout");
        who.setMinWidth(Region.USE_PREF_SIZE);
        logout.setMinWidth(Region.USE_PREF_SIZE);
        logout.setOnAction(e -> onLogout.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = id(new HBox(16, queue, spacer, who, logout), "counter-queue-bar",
                "queue-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Each device's state, kept current from the drivers' status events; ids {@code #device-<role>}. */
    private HBox deviceBar() {
        HBox bar = id(new HBox(24), "device-bar", "device-bar");
        for (Devices.Slot slot : Devices.Slot.values()) {
            Label label = id(new Label(), "device-" + slot.id(), "device-status");
            label.textProperty().bind(model.deviceTextProperty(slot));
            label.setWrapText(true);
            healthClass(label, model.deviceHealthProperty(slot).get());
            model.deviceHealthProperty(slot).addListener((obs, old, health) -> healthClass(label, health));
            bar.getChildren().add(label);
        }
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void healthClass(Label label, Devices.Health health) {
        label.getStyleClass().removeIf(c -> c.startsWith("device-health-"));
        label.getStyleClass().add("device-health-" + health.name().toLowerCase(java.util.Locale.ROOT));
    }

    private VBox identityPanel() {
        Label title = id(new Label(texts.text("counter.identity")), "counter-identity-title", "section-title");
        nikField.setPromptText(texts.text("counter.nik.prompt"));
        nikField.textProperty().bindBidirectional(model.nikProperty());
        Label feedback = id(new Label(), "nik-feedback", "feedback");
        feedback.textProperty().bind(model.nikFeedbackProperty());
        feedback.setWrapText(true);
        model.nikValidProperty().addListener((obs, old, valid) -> toggle(feedback, "invalid", !valid));
        Label card = id(new Label(), "card-message", "feedback");
        card.textProperty().bind(model.cardMessageProperty());
        card.setWrapText(true);
        card.visibleProperty().bind(model.cardMessageProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        Button useCard = id(new Button(texts.text("device.nik.use")), "nik-use-card");
        useCard.setOnAction(e -> model.useOfferedNik());
        useCard.visibleProperty().bind(model.offeredNikProperty().isNotEmpty());
        useCard.managedProperty().bind(useCard.visibleProperty());
        Label household = id(new Label(), "household-status", "household");
        household.textProperty().bind(model.householdSummaryProperty());
        household.setWrapText(true);
        model.householdStateProperty().addListener((obs, old, state) -> {
            household.getStyleClass().removeAll("registered", "not-registered", "not-on-list");
            switch (state) {
                case REGISTERED -> household.getStyleClass().add("registered");
                case NOT_REGISTERED -> household.getStyleClass().add("not-registered");
                case NOT_ON_LIST -> household.getStyleClass().add("not-on-list");
                default -> { }
            }
        });
        VBox panel = id(new VBox(12, title, new Label(texts.text("counter.nik")), nikField, card, useCard, feedback,
                household),
                "counter-identity", "panel");
        panel.setPrefWidth(380);
        panel.setMinWidth(340);
        return panel;
    }

    private VBox formPanel() {
        Label title = id(new Label(texts.text("counter.registration")), "counter-registration-title", "section-title");
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
        form.addRow(row++, new Label(texts.text("counter.path")), choices(RegistrationPath.values(),
                model.pathProperty(), "path-"));
        ComboBox<IkdState> ikd = id(new ComboBox<>(), "ikd-state", "field");
        ikd.getItems().setAll(IkdState.values());
        ikd.setCellFactory(list -> labelled());
        ikd.setButtonCell(labelled());
        ikd.valueProperty().bindBidirectional(model.ikdStateProperty());
        form.addRow(row++, new Label(texts.text("counter.ikd")), ikd);
        TextField phone = id(new TextField(), "phone-field", "field");
        phone.setPromptText("08xxxxxxxxxx");
        phone.textProperty().bindBidirectional(model.phoneProperty());
        form.addRow(row++, new Label(texts.text("counter.phone")), phone);
        form.addRow(row++, new Label(texts.text("counter.outcome")), choices(Outcome.values(),
                model.outcomeProperty(), "outcome-"));
        TextField note = id(new TextField(), "outcome-note", "field");
        note.setPromptText(texts.text("counter.outcomeNote.prompt"));
        note.textProperty().bindBidirectional(model.outcomeNoteProperty());
        form.addRow(row++, new Label(texts.text("counter.outcomeNote")), note);
        TextField reference = id(new TextField(), "portal-reference", "field");
        reference.textProperty().bindBidirectional(model.portalReferenceProperty());
        form.addRow(row++, new Label(texts.text("counter.reference")), reference);

        Label consentText = id(new Label(texts.text("counter.consent.text")), "consent-text", "consent-text");
        consentText.setWrapText(true);
        consentText.setMinHeight(Region.USE_PREF_SIZE);
        CheckBox consent = id(new CheckBox(texts.text("counter.consent.given")), "consent-check");
        consent.setWrapText(true);
        consent.setMinHeight(Region.USE_PREF_SIZE);
        consent.selectedProperty().bindBidirectional(model.consentProperty());

        Button save = id(new Button(texts.text("counter.save")), "registration-save", "primary");
        save.disableProperty().bind(model.canSaveBinding().not());
        save.setOnAction(e -> model.save());
        reference.setOnAction(e -> model.save());
        Label message = id(new Label(), "registration-message", "feedback");
        message.textProperty().bind(model.formMessageProperty());
        message.setWrapText(true);

        VBox panel = id(new VBox(12, title, form, consentText, consent, save, message), "counter-form", "panel");
        panel.setMinWidth(520);
        HBox.setHgrow(panel, Priority.ALWAYS);
        return panel;
    }

    private VBox receiptPanel() {
        Label title = id(new Label(texts.text("counter.receipt")), "counter-receipt-title", "section-title");
        ImageView preview = PdfPreview.view("receipt-preview", 600);
        preview.setFitWidth(300);
        preview.imageProperty().bind(model.receiptProperty());
        Label printed = id(new Label(), "print-message", "feedback");
        printed.textProperty().bind(model.printMessageProperty());
        printed.setWrapText(true);
        printed.setMaxWidth(300);
        Button reprint = id(new Button(texts.text("print.reprint")), "reprint");
        reprint.setOnAction(e -> model.reprint());
        reprint.disableProperty().bind(model.reprintingProperty());
        reprint.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.reprints()));
        reprint.managedProperty().bind(reprint.visibleProperty());
        VBox panel = id(new VBox(12, title, printed, reprint, preview), "counter-receipt", "panel");
        panel.setMinWidth(330);
        return panel;
    }

    /** A row of radio buttons for an enum, bound both ways to the model; ids like {@code path-OLEH_AGEN}. */
    private <E extends Enum<E>> FlowPane choices(E[] values, ObjectProperty<E> property, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        FlowPane box = new FlowPane(16, 6);
        for (E value : values) {
            RadioButton button = id(new RadioButton(model.label(value)), idPrefix + value.name());
            button.setToggleGroup(group);
            button.setUserData(value);
            button.setSelected(property.get() == value);
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                @SuppressWarnings("unchecked")
                E value = (E) selected.getUserData();
                property.set(value);
            }
        });
        property.addListener((obs, old, value) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == value).findFirst().ifPresent(t -> t.setSelected(true)));
        return box;
    }

    private ListCell<IkdState> labelled() {
        return new ListCell<>() {
            @Override
            protected void updateItem(IkdState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : model.label(item));
            }
        };
    }

    private static void toggle(Label label, String styleClass, boolean on) {
        label.getStyleClass().remove(styleClass);
        if (on) {
            label.getStyleClass().add(styleClass);
        }
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the NIK field once the view is laid out (the scroll pane adds it late). */
    public void focus() {
        Platform.runLater(nikField::requestFocus);
    }
}
