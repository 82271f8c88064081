package id.loket.ui.ticket;

import static id.loket.ui.Ids.id;

import id.loket.config.ServiceDefinition;
import id.loket.domain.queue.Lane;
import id.loket.domain.text.Texts;
import id.loket.ui.PdfPreview;
import id.loket.ui.WhileShowing;
import java.time.Duration;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Pane;
import id.loket.ui.Ticker;

/**
 * The resident's touch screen: one question per screen, at most four big choices (each a word and
 * a picture), big type, and a plain sentence that says what happens next. Fits 1024 × 768 and up:
 * words wrap inside their buttons. Returns to its start after the configured idle time.
 */
public final class TicketScreenView {

    /** The choices stop growing here: on a wide screen a button the width of the room is hard to take in. */
    private static final double MAX_CHOICES_WIDTH = 1500;
    /** From this window width on the type is larger (a 1920 × 1080 screen read from a step back). */
    private static final double WIDE = 1700;

    private final BorderPane root = id(new BorderPane(), "ticket-screen", "resident");
    private final TicketScreenViewModel model;
    private final Texts texts;
    private final PauseTransition idle;

    public TicketScreenView(TicketScreenViewModel model, Texts texts, String officeName, Duration idleTime,
                            Runnable onMenu) {
        this(model, texts, officeName, idleTime, onMenu, java.util.Optional.empty());
    }

    /**
     * @param onSurvey opens the satisfaction survey, for a resident back from the counter; offered on
     *                 the top line when given
     */
    public TicketScreenView(TicketScreenViewModel model, Texts texts, String officeName, Duration idleTime,
                            Runnable onMenu, java.util.Optional<Runnable> onSurvey) {
        this.model = model;
        this.texts = texts;
        Label office = id(new Label(officeName), "ticket-office", "resident-office");
        office.setWrapText(true);
        office.setMinWidth(0);
        Button menu = id(new Button(texts.text("ticket.staffMenu")), "ticket-menu", "staff-link");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setOnAction(e -> onMenu.run());
        // The office's notices (Surat Edaran item 8f) run between the office's name and the staff menu: in
        // view before anything is chosen, and no height taken from the choices on a 768-high screen.
        Pane notices = Ticker.of(model.noticesProperty(), "ticket-notices");
        HBox.setHgrow(notices, Priority.ALWAYS);
        Node gap = spacer();
        gap.visibleProperty().bind(notices.visibleProperty().not());
        gap.managedProperty().bind(gap.visibleProperty());
        HBox top = new HBox(16, office, notices, gap, menu);
        onSurvey.ifPresent(open -> {
            Button survey = id(new Button(texts.text("ticket.survey")), "ticket-survey", "resident-secondary");
            survey.setMinWidth(Region.USE_PREF_SIZE);
            survey.setOnAction(e -> open.run());
            top.getChildren().add(top.getChildren().indexOf(menu), survey);
        });
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        root.widthProperty().addListener((obs, old, width) -> wide(width.doubleValue() >= WIDE));

        idle = new PauseTransition(javafx.util.Duration.millis(idleTime.toMillis()));
        idle.setOnFinished(e -> model.reset());
        root.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> restartIdle());

        root.setBottom(cardLine());
        // The card reader and scanner belong to the screen on show; let go when it leaves.
        WhileShowing.bind(root, model);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                idle.stop();
            }
        });
        model.stepProperty().addListener((obs, old, step) -> show(step));
        show(model.stepProperty().get());
    }

    /** Under the choices: tapping a KTP-el is offered, never required; once read, it is confirmed. */
    private Node cardLine() {
        Label line = id(new Label(texts.text("ticket.card.hint")), "ticket-card-message", "resident-text");
        line.setWrapText(true);
        model.cardMessageProperty().addListener((obs, old, now) ->
                line.setText(now.isEmpty() ? texts.text("ticket.card.hint") : now));
        line.visibleProperty().bind(model.stepProperty().isEqualTo(TicketScreenViewModel.Step.CHOOSE_SERVICE)
                .or(model.stepProperty().isEqualTo(TicketScreenViewModel.Step.CHOOSE_LANE)));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private void wide(boolean wide) {
        root.getStyleClass().remove("resident-wide");
        if (wide) {
            root.getStyleClass().add("resident-wide");
        }
    }

    /**
     * "Dengarkan": for a resident who cannot read well, says the page aloud, and the following pages
     * too until the screen starts again. Only where the office turned spoken prompts on.
     */
    private Node listenButton() {
        Button listen = id(new Button(texts.text("ticket.listen")), "ticket-listen", "resident-secondary");
        listen.setGraphic(Pictograms.speaker(listen.textFillProperty()));
        listen.setOnAction(e -> model.listen());
        listen.setVisible(model.spokenPrompts());
        listen.setManaged(model.spokenPrompts());
        return listen;
    }

    private void restartIdle() {
        if (model.stepProperty().get() != TicketScreenViewModel.Step.CHOOSE_SERVICE) {
            idle.playFromStart();
        }
    }

    private void show(TicketScreenViewModel.Step step) {
        Node page = switch (step) {
            case CHOOSE_SERVICE -> servicesPage();
            case CHOOSE_LANE -> lanePage();
            case PRINTING -> messagePage("ticket-printing", texts.text("ticket.printing"));
            case ISSUED -> issuedPage();
            case FAILED -> failedPage();
            case CLOSED -> closedPage();
        };
        root.setCenter(page);
        // A choice has the focus, so a keyboard or switch user starts there; on the lane page it is the
        // ordinary queue, so a stray Enter never takes a priority ticket. Asked for once the page is
        // in the scene: a node outside it cannot take the focus.
        Platform.runLater(() -> page.lookupAll(".resident-choice").stream()
                .filter(choice -> !choice.getStyleClass().contains("priority"))
                .findFirst().ifPresent(Node::requestFocus));
        model.pageShown();
        if (step == TicketScreenViewModel.Step.CHOOSE_SERVICE) {
            idle.stop();
        } else {
            idle.playFromStart();
        }
    }

    private Node servicesPage() {
        Label question = question(texts.text("ticket.chooseService"));
        // Equal halves, two to a row: no choice looks more important than another, and on a narrow
        // screen the names wrap inside their tiles instead of pushing the page off the window.
        GridPane choices = id(new GridPane(), "ticket-services", "resident-choices");
        choices.setHgap(16);
        choices.setVgap(16);
        choices.setAlignment(Pos.CENTER);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHalignment(HPos.CENTER);
            choices.getColumnConstraints().add(half);
        }
        List<ServiceDefinition> services = model.services();
        for (int row = 0; row < (services.size() + 1) / 2; row++) {
            RowConstraints grows = new RowConstraints();
            grows.setVgrow(Priority.ALWAYS);
            grows.setFillHeight(true);
            choices.getRowConstraints().add(grows);
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceDefinition service = services.get(i);
            Button choice = choice(service.letter() + "\n" + model.serviceName(service), "service-" + service.code(),
                    "service-choice");
            Pictograms.service(service.code(), choice.textFillProperty()).ifPresent(choice::setGraphic);
            choice.setContentDisplay(ContentDisplay.LEFT);
            choice.setGraphicTextGap(20);
            choice.setOnAction(e -> model.chooseService(service));
            // The service's colour helps those who know it; the letter and name always say it too.
            // Only the colour is set here; the themes decide how it is used (and the high-contrast one ignores it).
            service.colour().ifPresent(colour -> choice.setStyle("-service-colour: " + colour + ";"));
            choices.add(choice, i % 2, i / 2);
            GridPane.setFillWidth(choice, true);
            GridPane.setFillHeight(choice, true);
        }
        VBox.setVgrow(choices, Priority.ALWAYS);
        choices.setMaxWidth(MAX_CHOICES_WIDTH);
        return page(question, choices, listenButton());
    }

    private Node lanePage() {
        Label question = question(texts.text("ticket.chooseLane"));
        Label chosen = id(new Label(), "ticket-chosen-service", "resident-text");
        chosen.textProperty().bind(model.chosenServiceProperty());
        Button priority = choice(texts.text("ticket.lane.priority"), "lane-priority", "priority");
        HBox signs = new HBox(12);
        signs.getChildren().setAll(Pictograms.priority(priority.textFillProperty()));
        signs.setAlignment(Pos.CENTER);
        priority.setGraphic(signs);
        priority.setOnAction(e -> model.chooseLane(Lane.PRIORITY));
        Button regular = choice(texts.text("ticket.lane.regular"), "lane-regular");
        regular.setGraphic(Pictograms.regular(regular.textFillProperty()));
        regular.setOnAction(e -> model.chooseLane(Lane.REGULAR));
        for (Button lane : List.of(priority, regular)) {
            lane.setContentDisplay(ContentDisplay.TOP);
            lane.setGraphicTextGap(12);
            HBox.setHgrow(lane, Priority.ALWAYS);
        }
        // A KTP-el that says 60 or older: the lane is suggested in words, the resident still chooses.
        Label suggestion = id(new Label(texts.text("ticket.lane.suggestPriority")), "ticket-lane-suggestion",
                "resident-text", "resident-suggestion");
        suggestion.setWrapText(true);
        suggestion.visibleProperty().bind(model.priorityByAgeProperty());
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        model.priorityByAgeProperty().addListener((obs, was, now) -> mark(priority, now));
        mark(priority, model.priorityByAgeProperty().get());
        Button back = id(new Button(texts.text("ticket.back")), "ticket-back", "resident-secondary");
        back.setOnAction(e -> model.reset());
        HBox choices = new HBox(16, priority, regular);
        choices.setAlignment(Pos.CENTER);
        choices.setMaxWidth(MAX_CHOICES_WIDTH);
        HBox below = new HBox(16, back, listenButton());
        below.setAlignment(Pos.CENTER);
        return page(question, chosen, suggestion, choices, below);
    }

    private static void mark(Button priority, boolean suggested) {
        priority.getStyleClass().remove("suggested");
        if (suggested) {
            priority.getStyleClass().add("suggested");
        }
    }

    /** A big resident choice; Enter presses it as Space does, for keyboards and switches that send Enter. */
    private static Button choice(String text, String cssId, String... more) {
        Button choice = id(new Button(text), cssId, "resident-choice");
        choice.getStyleClass().addAll(more);
        choice.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        choice.setWrapText(true);
        choice.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !choice.isDisabled()) {
                choice.fire();
                event.consume();
            }
        });
        return choice;
    }

    /** A question in large type that wraps within the window rather than losing its last words. */
    private static Label question(String text) {
        Label question = id(new Label(text), "ticket-question", "resident-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        return question;
    }

    private Node issuedPage() {
        Label intro = id(new Label(texts.text("ticket.issued.title")), "ticket-issued-title", "resident-text");
        Label number = id(new Label(), "ticket-number", "ticket-number");
        number.textProperty().bind(model.ticketNumberProperty());
        Label detail = id(new Label(), "ticket-detail", "resident-text");
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true);
        Label next = id(new Label(texts.text("ticket.issued.next")), "ticket-next", "resident-text");
        next.setWrapText(true);
        ImageView preview = PdfPreview.view("ticket-preview", 420);
        preview.imageProperty().bind(model.ticketPreviewProperty());
        Button done = id(new Button(texts.text("ticket.done")), "ticket-done", "resident-choice");
        done.setOnAction(e -> model.reset());
        VBox words = new VBox(16, intro, number, detail, next, done);
        words.setAlignment(Pos.CENTER);
        HBox both = new HBox(48, words, preview);
        both.setAlignment(Pos.CENTER);
        return both;
    }

    private Node failedPage() {
        Label detail = id(new Label(), "ticket-failed", "resident-question");
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true);
        Button done = id(new Button(texts.text("ticket.done")), "ticket-done", "resident-choice");
        done.setOnAction(e -> model.reset());
        return page(detail, done);
    }

    private Node closedPage() {
        Label detail = id(new Label(), "ticket-closed", "resident-question");
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true);
        Button done = id(new Button(texts.text("ticket.done")), "ticket-done", "resident-choice");
        done.setOnAction(e -> model.reset());
        return page(detail, done);
    }

    private Node messagePage(String cssId, String text) {
        Label label = id(new Label(text), cssId, "resident-question");
        label.setWrapText(true);
        return page(label);
    }

    private static VBox page(Node... children) {
        VBox page = new VBox(24, children);
        page.setAlignment(Pos.CENTER);
        page.setPadding(new Insets(16, 0, 16, 0));
        return page;
    }

    private static Node spacer() {
        javafx.scene.layout.Region region = new javafx.scene.layout.Region();
        HBox.setHgrow(region, javafx.scene.layout.Priority.ALWAYS);
        return region;
    }

    public Parent root() {
        return root;
    }
}
