package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** The small building blocks the counter's panels share. */
public final class Controls {

    private Controls() {
    }

    /**
     * Enter on a focused button presses it (JavaFX only gives it Space), and goes no further: the
     * window's default button must not fire as well.
     */
    public static Button enterFires(Button button) {
        button.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !button.isDisabled()) {
                button.fire();
                event.consume();
            }
        });
        return button;
    }

    /** A label bound to a text that wraps and hides itself (taking no room) while the text is empty. */
    public static Label hiddenWhenEmpty(String cssId, ObservableStringValue text, String... styleClasses) {
        Label label = id(new Label(), cssId, styleClasses);
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        showWhen(label, label.textProperty().isNotEmpty());
        return label;
    }

    public static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A row of radio buttons for an enum, bound both ways; ids like {@code path-OLEH_AGEN}. */
    public static <E extends Enum<E>> FlowPane choices(E[] values, ObjectProperty<E> property, String idPrefix, Texts texts) {
        ToggleGroup group = new ToggleGroup();
        FlowPane box = new FlowPane(16, 6);
        for (E value : values) {
            RadioButton button = id(new RadioButton(texts.text(EnumLabels.key(value))), idPrefix + value.name());
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
        // Back to none chosen (a new resident) clears the buttons too.
        property.addListener((obs, old, value) -> group.selectToggle(group.getToggles().stream()
                .filter(t -> t.getUserData() == value).findFirst().orElse(null)));
        return box;
    }

    /**
     * A combo box whose items are shown in words. Space or Enter opens its list, as on every other drop-down
     * an agent knows (JavaFX only opens it with F4 or Alt+Down); Enter then picks the highlighted item.
     */
    static <T> ComboBox<T> combo(String cssId, Function<T, String> words) {
        ComboBox<T> box = id(new ComboBox<>(), cssId, "field");
        box.setCellFactory(list -> cell(words));
        box.setButtonCell(cell(words));
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) && !box.isShowing()
                    && !box.isDisabled()) {
                box.show();
                event.consume();
            }
        });
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : words.apply(item));
            }
        };
    }
}
