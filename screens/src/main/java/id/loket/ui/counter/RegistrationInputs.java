package id.loket.ui.counter;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;

/**
 * Whether the registration half of the console holds input that would be lost: anything typed or chosen
 * (by the agent, or read from a card) that differs from the empty form, while the registration for it is
 * not saved. An untouched form, one typed and then emptied again, a saved registration and a household
 * already registered (a lookup, perhaps a reprint, but nothing to save) hold nothing to lose. The ASN
 * flag is not among the inputs: it is saved on its own, at once.
 */
final class RegistrationInputs {

    private final List<ObservableValue<?>> inputs;
    private final List<Object> empty;

    RegistrationInputs(IdentityViewModel identity, HouseholdViewModel household, RegistrationFormViewModel form) {
        this.inputs = List.of(identity.nikProperty(), identity.nameProperty(), identity.birthDateProperty(),
                identity.sexProperty(), household.kkProperty(), household.walkInRtProperty(), form.pathProperty(), form.ikdStateProperty(), form.phoneProperty(),
                form.consentProperty(), form.outcomeProperty(), form.failureReasonProperty(),
                form.outcomeNoteProperty(), form.followUpOnProperty(), form.portalReferenceProperty());
        // Read when the console opens, before anything is typed: the empty form, whatever its defaults are.
        this.empty = values();
    }

    boolean unsaved(HouseholdViewModel household, RegistrationFormViewModel form) {
        if (form.savedProperty().get() || household.stateProperty().get() == HouseholdViewModel.State.REGISTERED) {
            return false;
        }
        return !Objects.equals(values(), empty);
    }

    private List<Object> values() {
        return inputs.stream().map(value -> (Object) value.getValue()).map(RegistrationInputs::emptyIfBlank).toList();
    }

    /** An emptied text field is as empty as one never touched. */
    private static Object emptyIfBlank(Object value) {
        return value instanceof String text && text.isBlank() ? "" : value;
    }
}
