package id.loket.ui;

import static id.loket.ui.Ids.id;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * A long choice that narrows as the agent types (ControlsFX's searchable combo box): a few letters of a name
 * ("pemulung", "inspektorat") find it among fifteen or forty, where a plain list has to be scrolled. The box
 * matches the words it shows, every typed word anywhere in them, so the converter says them as the cells do.
 *
 * <p>Only for a list that stays put while the form is open: the box keeps a filtered copy of its items, and a
 * list replaced while its value is being set (an office list that follows the chosen job) trips that copy.
 */
public final class SearchableChoice {

    private SearchableChoice() {
    }

    public static <T> ComboBox<T> of(String cssId, Function<T, String> words) {
        ComboBox<T> box = id(new SearchableComboBox<>(), cssId, "field");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : words.apply(item);
            }

            @Override
            public T fromString(String text) {
                // Chosen from the narrowed list, never typed in as a new value.
                return null;
            }
        });
        return box;
    }
}
