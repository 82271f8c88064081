package id.loket.ui.ticket;

import static id.loket.ui.Ids.id;

import id.loket.config.ServiceDefinition;
import id.loket.domain.queue.Lane;
import id.loket.domain.text.Texts;
import id.loket.ui.PdfPreview;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The resident's touch screen: one question per screen, at most four big choices, big type, and a
 * plain sentence that says what happens next. Returns to its start after the configured idle time.
 */
public final class TicketScreenView {

    private final BorderPane root = id(new BorderPane(), "ticket-screen", "resident");
    private final TicketScreenViewModel model;
    private final Texts texts;
    private final PauseTransition idle;

    public TicketScreenView(TicketScreenViewModel model, Texts texts, String officeName, Duration idleTime,
                            Runnable onMenu) {
        this.model = model;
        this.texts = texts;
        Label office = id(new Label(officeName), "ticket-office", "resident-office");
        Button menu = id(new Button(texts.text("ticket.staffMenu")), "ticket-menu", "staff-link");
        menu.setOnAction(e -> onMenu.run());
        HBox top = new HBox(16, office, spacer(), menu);
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);

        idle = new PauseTransition(javafx.util.Duration.millis(idleTime.toMillis()));
        idle.setOnFinished(e -> model.reset());
        root.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> restartIdle());

        root.setBottom(cardLine());
        // The card reader and scanner belong to the screen on show; let go when it leaves.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.attach();
            } else {
                model.close();
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
        // The first choice of each page has the focus, so a keyboard or switch user starts there.
        // Asked for once the page is in the scene: a node outside it cannot take the focus.
        Platform.runLater(() -> page.lookupAll(".resident-choice").stream().findFirst().ifPresent(Node::requestFocus));
        if (step == TicketScreenViewModel.Step.CHOOSE_SERVICE) {
            idle.stop();
        } else {
            idle.playFromStart();
        }
    }

    private Node servicesPage() {
        Label question = id(new Label(texts.text("ticket.chooseService")), "ticket-question", "resident-question");
        // Equal tiles, two to a row: no choice looks more important than another.
        TilePane choices = new TilePane(16, 16);
        choices.setPrefColumns(2);
        choices.setAlignment(Pos.CENTER);
        choices.setTileAlignment(Pos.CENTER);
        for (ServiceDefinition service : model.services()) {
            Button choice = id(new Button(service.letter() + "\n" + model.serviceName(service)),
                    "service-" + service.code(), "resident-choice", "service-choice");
            choice.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            choice.setOnAction(e -> model.chooseService(service));
            // The service's colour helps those who know it; the letter and name always say it too.
            // Only the colour is set here; the themes decide how it is used (and the high-contrast one ignores it).
            service.colour().ifPresent(colour -> choice.setStyle("-service-colour: " + colour + ";"));
            choices.getChildren().add(choice);
        }
        return page(question, choices);
    }

    private Node lanePage() {
        Label question = id(new Label(texts.text("ticket.chooseLane")), "ticket-question", "resident-question");
        Label chosen = id(new Label(), "ticket-chosen-service", "resident-text");
        chosen.textProperty().bind(model.chosenServiceProperty());
        Button priority = id(new Button(texts.text("ticket.lane.priority")), "lane-priority", "resident-choice",
                "priority");
        priority.setOnAction(e -> model.chooseLane(Lane.PRIORITY));
        Button regular = id(new Button(texts.text("ticket.lane.regular")), "lane-regular", "resident-choice");
        regular.setOnAction(e -> model.chooseLane(Lane.REGULAR));
        Button back = id(new Button(texts.text("ticket.back")), "ticket-back", "resident-secondary");
        back.setOnAction(e -> model.reset());
        HBox choices = new HBox(16, priority, regular);
        choices.setAlignment(Pos.CENTER);
        return page(question, chosen, choices, back);
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
        VBox page = new VBox(32, children);
        page.setAlignment(Pos.CENTER);
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
