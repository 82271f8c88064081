package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.ui.PdfPreview;
import id.loket.ui.WhileShowing;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
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
    /** Prints again the receipt of the household on screen (not the reprint list of F11). */
    public static final KeyCombination REPRINT_RECEIPT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    /** Opens the person page of the NIK in the field: what is already recorded for this resident here. */
    public static final KeyCombination PERSON_PAGE = new KeyCodeCombination(KeyCode.F6);

    private final BorderPane root = id(new BorderPane(), "counter-view", "agent");
    private final CounterViewModel model;
    private final Texts texts;
    private final TextField nikField;
    private final IdentityPanel identity;
    private final HouseholdPanel household;
    private final RegistrationForm form;
    private final ScrollPane scroll;
    /** The registration or service form; the person page takes its place while open. */
    private javafx.scene.Node formArea;
    private Runnable openPersonPage = () -> { };
    /** The receipt's picture is shown only when asked for; the action bar says what was printed. */
    private final javafx.beans.property.BooleanProperty receiptShown = new javafx.beans.property.SimpleBooleanProperty(false);

    public CounterView(CounterViewModel model, Texts texts, Runnable onLogout) {
        this(model, texts, onLogout, null);
    }

    /** @param personPage opens the person page (F6); null where there is none */
    public CounterView(CounterViewModel model, Texts texts, Runnable onLogout, PersonPageOpener personPage) {
        this.model = model;
        this.texts = texts;
        this.identity = new IdentityPanel(model.identity(), texts);
        this.household = new HouseholdPanel(model.household(), model.form(), texts);
        this.form = new RegistrationForm(model.form(), texts);
        this.nikField = identity.nikField();
        root.setTop(queueBar(onLogout));
        VBox left = id(new VBox(12, identity.root(), household.root()), "counter-identity", "panel");
        if (personPage != null) {
            left.getChildren().add(1, personButton(personPage));
        }
        // Wide enough for the birth date and sex on one row; the form takes the rest (and wraps its rows).
        left.setPrefWidth(500);
        left.setMinWidth(500);
        // The registration form's one place: between identity and household on the left and the receipt,
        // which stays folded into the action bar below until the agent asks to see it.
        HBox body = new HBox(16, left, form.root(), receiptPanel());
        body.setPadding(new Insets(12));
        // On a small screen the work area scrolls; the queue bar above it and Save below it always stay in view.
        scroll = id(new ScrollPane(body), "counter-body");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // Save and its message stay in view below the scrolled work area, whatever the screen's height.
        BorderPane work = new BorderPane(scroll);
        work.setBottom(actionBar());
        // The ticket's service decides the form: a ticket of another service than Perlinsos gets its short
        // service record instead of this registration (TicketForms).
        formArea = TicketForms.choose(work, model.serviceRecord(), model.complaint(), model.pekerjaRentan(), texts);
        root.setCenter(formArea);
        root.setBottom(deviceBar());
        largeScreen();
        followTheWork();
        // The keys and the devices belong to the face on screen; take them back when it leaves.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().keySet().removeAll(java.util.List.of(SAVE, SAVE_ALT, REPRINT, REPRINT_RECEIPT,
                        PERSON_PAGE));
            }
            if (scene != null) {
                scene.getAccelerators().put(SAVE, model::save);
                scene.getAccelerators().put(SAVE_ALT, model::save);
                scene.getAccelerators().put(REPRINT, model::reprint);
                scene.getAccelerators().put(REPRINT_RECEIPT, model.form()::reprint);
                scene.getAccelerators().put(PERSON_PAGE, () -> openPersonPage.run());
            }
        });
        WhileShowing.bind(root, model);
    }

    /**
     * The button to the person page, under the NIK: with the NIK typed or read from the card, the agent
     * sees what is already recorded for this resident before entering anything.
     */
    private Button personButton(PersonPageOpener opener) {
        Button button = Controls.enterFires(id(new Button(texts.text("counter.personPage")), "counter-person"));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        openPersonPage = () -> {
            if (root.getCenter() != formArea) {
                return;
            }
            root.setCenter(opener.open(model.identity().nikProperty().get(), () -> {
                root.setCenter(formArea);
                nikField.requestFocus();
            }));
        };
        button.setOnAction(e -> openPersonPage.run());
        return button;
    }

    private HBox queueBar(Runnable onLogout) {
        // The queue's own view (call, recall, no-show, transfer, finish); this console only follows its ticket.
        Parent queue = new QueueConsolePanel(model.queue(), texts).root();
        HBox.setHgrow(queue, Priority.ALWAYS);
        // A called ticket means a resident is on the way: the next thing to do is the NIK.
        model.queue().ticketProperty().addListener((obs, old, ticket) -> {
            if (ticket != null) {
                scroll.setVvalue(0);
                scroll.setHvalue(0);
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
        HBox bar = id(new HBox(16, queue, spacer, who, logout), "counter-queue-bar", "queue-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Each counter device's state, kept current from the drivers' status events; ids {@code #device-<role>}. */
    private HBox deviceBar() {
        HBox bar = id(new HBox(24), "device-bar", "device-bar");
        for (DeviceService.Slot slot : DeviceService.Slot.onTheCounter()) {
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

    private static void healthClass(Label label, DeviceService.Health health) {
        label.getStyleClass().removeIf(c -> c.startsWith("device-health-"));
        label.getStyleClass().add("device-health-" + health.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Puts the cursor where the next thing to do is, once the household is known: the consent for a
     * household to register, the KK number (or the walk-in's RT) for one on no list, the reprint for one
     * already registered, the NIK field when the resident is gone. Never away from a text field the agent
     * is typing in (other than the NIK and KK, whose lookup this is).
     */
    private void followTheWork() {
        // A refused save: the message stands beside Save, the cursor on the first field to fix.
        model.form().onAttention(field -> focusInView(form.field(field)));
        // Consent given: with the usual path the next thing the agent must say is the portal's outcome.
        model.form().consentProperty().addListener((obs, old, given) -> {
            if (given && model.form().outcomeProperty().get() == null && form.consent().isFocused()) {
                form.field(id.loket.domain.registration.RegistrationDraft.Field.OUTCOME).requestFocus();
            }
        });
        // Once saved the button is disabled, and JavaFX would hand its focus to the first button on
        // screen (call next): a stray Enter must not call the next resident.
        model.form().savedProperty().addListener((obs, old, saved) -> {
            if (saved) {
                nikField.requestFocus();
            }
        });
        model.household().stateProperty().addListener((obs, old, state) -> {
            var focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (focused instanceof javafx.scene.control.TextInputControl && focused != nikField
                    && focused != household.kkField() && focused != household.walkInRt()) {
                return;
            }
            switch (state) {
                case NONE -> nikField.requestFocus();
                case NOT_REGISTERED -> focusInView(form.consent());
                case REGISTERED -> {
                    // Just saved here: the receipt is printing already; Enter must not print it twice.
                    if (!model.form().savedProperty().get()) {
                        household.reprint().requestFocus();
                    }
                }
                // The KK number is not needed to serve a walk-in: the RT is the one thing left to say.
                case NOT_ON_LIST -> focusInView(household.walkInRt());
                default -> { }
            }
        });
    }

    private VBox receiptPanel() {
        Label title = id(new Label(texts.text("counter.receipt")), "counter-receipt-title", "section-title");
        ImageView preview = PdfPreview.view("receipt-preview", 600);
        preview.setFitWidth(300);
        preview.imageProperty().bind(model.form().receiptProperty());
        VBox panel = id(new VBox(12, title, preview), "counter-receipt", "panel");
        panel.setMinWidth(330);
        Controls.showWhen(panel, receiptShown.and(model.form().receiptProperty().isNotNull()));
        return panel;
    }

    /**
     * Below the work area, always in view: Save and its message, then what the printer did, the reprint
     * list (F11) and the receipt's picture on demand.
     */
    private VBox actionBar() {
        Label printed = id(new Label(), "print-message", "feedback");
        printed.textProperty().bind(model.printMessageProperty());
        printed.setWrapText(true);
        printed.setMinHeight(Region.USE_PREF_SIZE);
        printed.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(printed, Priority.ALWAYS);
        Button reprint = Controls.enterFires(id(new Button(texts.text("print.reprint")), "reprint"));
        reprint.setMinWidth(Region.USE_PREF_SIZE);
        reprint.setOnAction(e -> model.reprint());
        reprint.disableProperty().bind(model.reprintingProperty());
        Controls.showWhen(reprint, javafx.beans.binding.Bindings.isNotEmpty(model.reprints()));
        javafx.scene.control.ToggleButton show = id(new javafx.scene.control.ToggleButton(
                texts.text("counter.receipt.show")), "receipt-show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.selectedProperty().bindBidirectional(receiptShown);
        Controls.showWhen(show, model.form().receiptProperty().isNotNull());
        HBox receiptLine = id(new HBox(12, printed, reprint, show), "receipt-line");
        receiptLine.setAlignment(Pos.CENTER_LEFT);
        Controls.showWhen(receiptLine, model.printMessageProperty().isNotEmpty().or(reprint.visibleProperty())
                .or(show.visibleProperty()));
        VBox bar = id(new VBox(6, form.actionBar(), receiptLine), "counter-action-bar", "action-bar");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /**
     * On a large screen (1920x1080) the console uses the room with bigger type rather than leaving a small
     * island: the style class {@code large} scales the counter's type in loket.css.
     */
    private void largeScreen() {
        javafx.beans.InvalidationListener size = obs -> {
            boolean large = root.getWidth() >= 1700 && root.getHeight() >= 980;
            if (large != root.getStyleClass().contains("large")) {
                if (large) {
                    root.getStyleClass().add("large");
                } else {
                    root.getStyleClass().remove("large");
                }
            }
        };
        root.widthProperty().addListener(size);
        root.heightProperty().addListener(size);
    }

    /** Puts the cursor on that control and scrolls the work area so that it can be seen. */
    private void focusInView(javafx.scene.Node node) {
        node.requestFocus();
        // After this pulse's changes: the node may have just been shown, and the texts above it (the
        // household's summary follows its state) may still grow.
        Platform.runLater(() -> scrollTo(node));
    }

    private void scrollTo(javafx.scene.Node node) {
        root.applyCss();
        root.layout();
        javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
        javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double room = content.getHeight() - viewport;
        if (room > 0 && (at.getMinY() < scroll.getVvalue() * room || at.getMaxY() > scroll.getVvalue() * room + viewport)) {
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 12) / room)));
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
