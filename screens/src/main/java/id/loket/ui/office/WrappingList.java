package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list of sentences for the office, each wrapped to the list's width, so a long one is read whole, not scrolled sideways. */
final class WrappingList {

    private WrappingList() {
    }

    static ListView<String> of(ObservableList<String> items, String listId) {
        ListView<String> list = id(new ListView<>(items), listId);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                // No width of its own: the cell takes the list's, and wraps within it.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return list;
    }
}
