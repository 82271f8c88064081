package id.loket.ui.person;

import static id.loket.ui.Ids.id;

import id.loket.domain.person.EntryState;
import id.loket.domain.person.PersonEntry;
import id.loket.domain.person.PersonPage;
import id.loket.domain.person.PersonSection;
import id.loket.domain.ssn.SsnRequestKind;
import id.loket.domain.text.Texts;
import id.loket.ui.counter.Controls;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The person page: a NIK field on top, then one block per programme with what is recorded, newest first,
 * each entry marked done / waiting / not done / note in words (not colour alone), so the agent sees at a
 * glance what is already done. Esc or "Kembali" goes back to the counter's form.
 */
public final class PersonView {

    private final BorderPane root = id(new BorderPane(), "person-view", "agent");
    private final VBox sections = id(new VBox(12), "person-sections");
    private final PersonViewModel model;
    private final Texts texts;
    private final TextField nikField;

    public PersonView(PersonViewModel model, Texts texts, Runnable onBack) {
        this.model = model;
        this.texts = texts;
        Label title = id(new Label(texts.text("person.title")), "person-title", "section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        nikField = id(new TextField(), "person-nik", "field", "nik");
        nikField.setPromptText(texts.text("counter.nik.prompt"));
        nikField.textProperty().bindBidirectional(model.nikProperty());
        nikField.setOnAction(e -> model.open());
        nikField.setPrefColumnCount(18);
        Button show = Controls.enterFires(id(new Button(texts.text("person.show")), "person-open"));
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setOnAction(e -> model.open());
        show.disableProperty().bind(model.busyProperty());
        Button back = Controls.enterFires(id(new Button(texts.text("person.back")), "person-back"));
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> onBack.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = id(new HBox(12, title, nikField, show, spacer, back), "person-bar", "queue-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        Label message = Controls.hiddenWhenEmpty("person-message", model.messageProperty(), "feedback");

        VBox body = new VBox(12, message, sections, ssnForm());
        body.setPadding(new Insets(12));
        ScrollPane scroll = id(new ScrollPane(body), "person-body");
        scroll.setFitToWidth(true);
        root.setTop(bar);
        root.setCenter(scroll);
        // Tab walks into the SSN form below the records: whatever gets the cursor is scrolled into view.
        javafx.beans.value.ChangeListener<Node> follow = (obs, old, focused) -> {
            if (focused != null && isInside(focused, body)) {
                Platform.runLater(() -> scrollTo(scroll, focused));
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        // A new page, or the cursor back in the NIK field for another resident: the records from the top.
        model.pageProperty().addListener((obs, old, page) -> {
            show(page);
            scroll.setVvalue(0);
        });
        nikField.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                scroll.setVvalue(0);
            }
        });
        show(model.pageProperty().get());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                onBack.run();
            }
        });
    }

    private void show(PersonPage page) {
        sections.getChildren().clear();
        if (page == null) {
            return;
        }
        Label who = id(new Label(page.name().map(name -> texts.text("person.who", page.maskedNik(), name))
                .orElse(texts.text("person.whoUnnamed", page.maskedNik()))), "person-who", "section-title");
        who.setWrapText(true);
        sections.getChildren().add(who);
        for (PersonSection section : page.sections()) {
            sections.getChildren().add(section(section));
        }
    }

    private VBox section(PersonSection section) {
        Label title = new Label(texts.text(section.title()));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        VBox box = id(new VBox(6, title), "person-section-" + section.id(), "panel", "person-section");
        if (section.entries().isEmpty()) {
            box.getChildren().add(id(new Label(texts.text("person.none")), "person-none-" + section.id(), "hint"));
            return box;
        }
        GridPane rows = new GridPane();
        rows.setHgap(12);
        rows.setVgap(6);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(120);
        rows.getColumnConstraints().setAll(fixed, fixed, grow);
        int row = 0;
        for (PersonEntry entry : section.entries()) {
            Label state = new Label(texts.text(stateKey(entry.state())));
            state.getStyleClass().addAll("person-state", "person-state-" + entry.state().name().toLowerCase(
                    java.util.Locale.ROOT));
            state.setMinWidth(Region.USE_PREF_SIZE);
            Label day = new Label(entry.on().map(PersonEntry::day).orElse(""));
            day.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(texts.text(entry.what()));
            what.getStyleClass().add("person-entry");
            what.setWrapText(true);
            VBox words = new VBox(2, what);
            entry.detail().ifPresent(detail -> {
                Label more = new Label(texts.text(detail));
                more.getStyleClass().add("hint");
                more.setWrapText(true);
                words.getChildren().add(more);
            });
            rows.addRow(row++, state, day, words);
        }
        box.getChildren().add(rows);
        return box;
    }

    private static String stateKey(EntryState state) {
        return switch (state) {
            case DONE -> "person.state.done";
            case OPEN -> "person.state.open";
            case NOT_DONE -> "person.state.notDone";
            case FACT -> "person.state.fact";
        };
    }

    /** The SSN card request, below the records: only where the office takes them, and only for a page shown. */
    private Node ssnForm() {
        PersonViewModel.SsnForm form = model.ssn();
        Label title = id(new Label(texts.text("person.ssn.formTitle")), "person-ssn-title", "section-title");
        title.setWrapText(true);
        Label note = new Label(texts.text("person.ssn.formNote"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        FlowPane kinds = Controls.choices(SsnRequestKind.values(), form.kindProperty(), "ssn-kind-", texts);
        TextField name = id(new TextField(), "ssn-name", "field");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField card = id(new TextField(), "ssn-card-number", "field");
        card.textProperty().bindBidirectional(form.cardNumberProperty());
        TextField letter = id(new TextField(), "ssn-police-letter", "field");
        letter.textProperty().bindBidirectional(form.policeLetterProperty());
        TextField phone = id(new TextField(), "ssn-phone", "field");
        phone.textProperty().bindBidirectional(form.phoneProperty());
        Label letterLabel = new Label();
        letterLabel.textProperty().bind(javafx.beans.binding.Bindings.when(form.policeLetterAskedProperty())
                .then(texts.text("person.ssn.policeLetterNeeded")).otherwise(texts.text("person.ssn.policeLetter.label")));
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(labels, grow);
        fields.addRow(0, new Label(texts.text("person.ssn.name")), name);
        fields.addRow(1, new Label(texts.text("person.ssn.cardNumber.label")), card);
        fields.addRow(2, letterLabel, letter);
        fields.addRow(3, new Label(texts.text("person.ssn.phone")), phone);
        Button save = Controls.enterFires(id(new Button(texts.text("person.ssn.save")), "ssn-save"));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> form.save());
        save.disableProperty().bind(form.savingProperty());
        Label said = Controls.hiddenWhenEmpty("ssn-message", form.messageProperty(), "feedback");
        HBox actions = new HBox(12, save, said);
        HBox.setHgrow(said, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = id(new VBox(8, title, note, kinds, fields, actions), "person-ssn-form", "panel");
        Controls.showWhen(box, model.pageProperty().isNotNull().and(
                new javafx.beans.property.SimpleBooleanProperty(form.enabled())));
        return box;
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    private static void scrollTo(ScrollPane scroll, Node node) {
        javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
        javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double room = content.getHeight() - viewport;
        if (room > 0 && (at.getMinY() < scroll.getVvalue() * room || at.getMaxY() > scroll.getVvalue() * room + viewport)) {
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getMaxY() + 12 - viewport) / room)));
        }
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the NIK field once the view is laid out. */
    public void focus() {
        Platform.runLater(nikField::requestFocus);
    }
}
