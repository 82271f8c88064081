package id.loket.ui.office;

import id.loket.domain.household.RtRef;
import id.loket.ui.SearchableChoice;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * A choice of RT, written "RT 003 / RW 002", bound both ways to a view model's chosen RT. A kelurahan has
 * dozens of RTs, so the list narrows as the supervisor types ("012", "rw 004").
 */
final class RtPicker {

    private RtPicker() {
    }

    static ComboBox<RtRef> of(String cssId, ObservableList<RtRef> rts, ObjectProperty<RtRef> chosen) {
        ComboBox<RtRef> picker = SearchableChoice.of(cssId, RtRef::label);
        picker.setItems(rts);
        picker.valueProperty().bindBidirectional(chosen);
        return picker;
    }
}
