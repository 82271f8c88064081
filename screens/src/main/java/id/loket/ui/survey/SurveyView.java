package id.loket.ui.survey;

import static id.loket.ui.Ids.id;

import id.loket.config.ServiceDefinition;
import id.loket.domain.nik.Sex;
import id.loket.domain.skm.AgeBand;
import id.loket.domain.skm.Education;
import id.loket.domain.skm.Occupation;
import id.loket.domain.skm.SkmScale;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.skm.IkmReports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The survey's touch screen: one question a page, answered with one touch. The four faces share the
 * width equally (no answer looks more important than another) and their words wrap inside them on a
 * narrow screen. "Lewati" skips a question; "Dengarkan lagi" says the page again. Goes back to its
 * start after the residents' idle time, dropping a survey not handed in.
 */
public final class SurveyView {

    /** The faces stop growing here: on a wide screen a face the width of a room is hard to take in. */
    private static final double MAX_CHOICES_WIDTH = 1500;

    private final BorderPane root = id(new BorderPane(), "survey-screen", "resident");
    private final SurveyViewModel model;
    private final Texts texts;
    private final PauseTransition idle;
    private final Runnable onClose;

    /**
     * @param onClose what "Selesai" on the thanks page and the idle time lead to when the survey was
     *                opened from another screen; on a survey PC, the survey's own start
     * @param onMenu  the staff menu (a supervisor's PIN), as on the ticket screen
     */
    public SurveyView(SurveyViewModel model, Texts texts, String officeName, Duration idleTime, Runnable onClose,
                      Runnable onMenu) {
        this.model = model;
        this.texts = texts;
        Label office = id(new Label(officeName), "survey-office", "resident-office");
        office.setWrapText(true);
        office.setMinWidth(0);
        Label title = id(new Label(texts.text("survey.title")), "survey-title", "resident-text");
        title.setWrapText(true);
        title.setMinWidth(0);
        Button menu = id(new Button(texts.text("ticket.staffMenu")), "survey-menu", "staff-link");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setOnAction(e -> onMenu.run());
        VBox heading = new VBox(4, office, title);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(16, heading, menu);
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);

        idle = new PauseTransition(javafx.util.Duration.millis(idleTime.toMillis()));
        idle.setOnFinished(e -> {
            // Only while the survey shows: staff may have left it for another face in the meantime.
            if (onScreen()) {
                model.reset();
                onClose.run();
            }
        });
        // A survey replaced by another face must not pull the screen back to its start when its time runs out.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                idle.stop();
            }
        });
        root.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> restartIdle());
        this.onClose = onClose;
        model.pageProperty().addListener((obs, old, page) -> show(model.stepProperty().get()));
        show(model.stepProperty().get());
    }

    /** Whether the survey is what its window shows now (not replaced by another face or another scene). */
    private boolean onScreen() {
        javafx.scene.Scene scene = root.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    private void restartIdle() {
        if (model.stepProperty().get() != SurveyViewModel.Step.CHOOSE_SERVICE) {
            idle.playFromStart();
        }
    }

    private void show(SurveyViewModel.Step step) {
        Node page = switch (step) {
            case CHOOSE_SERVICE -> servicesPage();
            case QUESTION -> questionPage();
            case SEX -> profilePage(Arrays.asList(Sex.values()), s -> texts.text(IkmReports.sexKey(s)),
                    "survey-sex-", model::chooseSex);
            case AGE -> profilePage(Arrays.asList(AgeBand.values()), a -> texts.text(EnumLabels.key(a)),
                    "survey-age-", model::chooseAge);
            case EDUCATION -> profilePage(Arrays.asList(Education.values()), e -> texts.text(EnumLabels.key(e)),
                    "survey-education-", model::chooseEducation);
            case OCCUPATION -> profilePage(Arrays.asList(Occupation.values()), o -> texts.text(EnumLabels.key(o)),
                    "survey-occupation-", model::chooseOccupation);
            case SAVING -> messagePage("survey-saving", texts.text("survey.saving"));
            case THANKS, FAILED -> endPage(step);
        };
        root.setCenter(page);
        // A keyboard or switch user starts on a choice of service or on the page's end; on a question the
        // focus rests on "Dengarkan lagi", so no face stands out as if it were the expected answer.
        boolean answers = step == SurveyViewModel.Step.QUESTION || step == SurveyViewModel.Step.SEX
                || step == SurveyViewModel.Step.AGE || step == SurveyViewModel.Step.EDUCATION
                || step == SurveyViewModel.Step.OCCUPATION;
        Platform.runLater(() -> page.lookupAll(answers ? "#survey-listen" : ".resident-choice").stream().findFirst()
                .ifPresent(Node::requestFocus));
        if (step == SurveyViewModel.Step.CHOOSE_SERVICE) {
            idle.stop();
        } else {
            idle.playFromStart();
        }
    }

    private Node servicesPage() {
        List<ServiceDefinition> services = model.services();
        GridPane choices = grid("survey-services", 2, (services.size() + 1) / 2);
        for (int i = 0; i < services.size(); i++) {
            ServiceDefinition service = services.get(i);
            Button choice = choice(service.letter() + "\n" + model.serviceName(service), "survey-service-" + service.code());
            choice.getStyleClass().add("service-choice");
            service.colour().ifPresent(colour -> choice.setStyle("-service-colour: " + colour + ";"));
            choice.setOnAction(e -> model.chooseService(service));
            choices.add(choice, i % 2, i / 2);
        }
        return page(question(model.question()), choices, below(false));
    }

    private Node questionPage() {
        Label progress = id(new Label(model.progress()), "survey-progress", "resident-text");
        GridPane faces = grid("survey-faces", SkmScale.values().length, 1);
        for (SkmScale answer : SkmScale.values()) {
            Button face = choice(texts.text(EnumLabels.key(answer)), "survey-answer-" + answer.value());
            face.getStyleClass().add("survey-face");
            face.setGraphic(Faces.of(answer, face.textFillProperty()));
            face.setContentDisplay(ContentDisplay.TOP);
            face.setGraphicTextGap(12);
            face.setOnAction(e -> model.answer(answer));
            faces.add(face, answer.ordinal(), 0);
        }
        return page(progress, question(model.question()), faces, below(true));
    }

    private <T> Node profilePage(List<T> values, java.util.function.Function<T, String> label, String idPrefix,
                                 Consumer<Optional<T>> choose) {
        int columns = values.size() <= 2 ? 2 : 3;
        GridPane choices = grid("survey-profile", columns, (values.size() + columns - 1) / columns);
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            Button choice = choice(label.apply(value), idPrefix + ((Enum<?>) value).name());
            choice.getStyleClass().add("survey-profile-choice");
            choice.setOnAction(e -> choose.accept(Optional.of(value)));
            choices.add(choice, i % columns, i / columns);
        }
        Label optional = id(new Label(texts.text("survey.profile.optional")), "survey-profile-optional", "resident-text");
        optional.setWrapText(true);
        Button skip = id(new Button(texts.text("survey.skip")), "survey-skip", "resident-secondary");
        skip.setOnAction(e -> choose.accept(Optional.empty()));
        Button finish = id(new Button(texts.text("survey.finishNow")), "survey-finish", "resident-secondary");
        finish.setOnAction(e -> model.finish());
        HBox buttons = new HBox(16, skip, finish, listenButton());
        buttons.setAlignment(Pos.CENTER);
        return page(question(model.question()), optional, choices, buttons);
    }

    private Node endPage(SurveyViewModel.Step step) {
        Label words = id(new Label(), step == SurveyViewModel.Step.THANKS ? "survey-thanks" : "survey-failed",
                "resident-question");
        words.textProperty().bind(model.messageProperty());
        words.setWrapText(true);
        // The survey is anonymous, so it records no complaint itself: a complaint needs a contact for the
        // answer and an officer who records it and hands over its number. It says where to take one.
        Label complaint = id(new Label(texts.text("survey.complaintHint")), "survey-complaint-hint", "resident-text");
        complaint.setWrapText(true);
        Button done = choice(texts.text("survey.done"), "survey-done");
        done.setOnAction(e -> {
            model.reset();
            onClose.run();
        });
        return page(words, complaint, done);
    }

    /** Under a question: skip it (on the nine elements) and hear the page again. */
    private Node below(boolean skippable) {
        HBox buttons = new HBox(16);
        if (skippable) {
            Button skip = id(new Button(texts.text("survey.skip")), "survey-skip", "resident-secondary");
            skip.setOnAction(e -> model.skipQuestion());
            buttons.getChildren().add(skip);
        }
        buttons.getChildren().add(listenButton());
        buttons.setAlignment(Pos.CENTER);
        return buttons;
    }

    private Button listenButton() {
        Button listen = id(new Button(texts.text("survey.listen")), "survey-listen", "resident-secondary");
        listen.setOnAction(e -> model.repeat());
        return listen;
    }

    private Button choice(String text, String cssId) {
        Button choice = id(new Button(text), cssId, "resident-choice");
        choice.setWrapText(true);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setMaxHeight(Double.MAX_VALUE);
        choice.setMinWidth(0);
        GridPane.setFillWidth(choice, true);
        GridPane.setFillHeight(choice, true);
        return choice;
    }

    /** Equal columns, rows that share the height: the choices fill the page, none more prominent. */
    private static GridPane grid(String cssId, int columns, int rows) {
        GridPane grid = id(new GridPane(), cssId, "resident-choices");
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setAlignment(Pos.CENTER);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / columns);
            share.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(share);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints grows = new RowConstraints();
            grows.setVgrow(Priority.ALWAYS);
            grows.setFillHeight(true);
            grid.getRowConstraints().add(grows);
        }
        grid.setMaxWidth(MAX_CHOICES_WIDTH);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return grid;
    }

    private static Label question(String text) {
        Label question = id(new Label(text), "survey-question", "resident-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        return question;
    }

    private static Node messagePage(String cssId, String text) {
        Label label = id(new Label(text), cssId, "resident-question");
        label.setWrapText(true);
        return page(label);
    }

    private static VBox page(Node... children) {
        VBox page = new VBox(20, children);
        page.setAlignment(Pos.CENTER);
        page.setPadding(new Insets(12, 0, 12, 0));
        return page;
    }

    public Parent root() {
        return root;
    }
}
