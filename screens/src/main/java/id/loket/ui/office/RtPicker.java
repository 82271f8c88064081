package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.household.RtRef;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A choice of RT, written "RT 003 / RW 002", bound both ways to a view model's chosen RT. */
final class RtPicker {

    private RtPicker() {
    }

    static ComboBox<RtRef> of(String cssId, ObservableList<RtRef> rts, ObjectProperty<RtRef> chosen) {
        ComboBox<RtRef> picker = id(new ComboBox<>(rts), cssId, "field");
        picker.valueProperty().bindBidirectional(chosen);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(RtRef ref) {
                return ref == null ? "" : ref.label();
            }

            @Override
            public RtRef fromString(String text) {
                // Chosen from the list, never typed.
                return null;
            }
        });
        return picker;
    }
}
