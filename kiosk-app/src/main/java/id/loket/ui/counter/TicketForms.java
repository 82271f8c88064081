package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * The ticket's service decides the form: the Perlinsos registration (identity, household, consent, portal
 * outcome) for a Perlinsos ticket or no ticket at all, the short service record for every other service.
 * Both stay built; only the one for the ticket on screen shows, so a transferred resident's next service
 * finds its form at once.
 */
final class TicketForms {

    private TicketForms() {
    }

    /** The work area: {@code registration} or the service record's form, as the served ticket's service says. */
    static Parent choose(Node registration, ServiceRecordFormViewModel serviceRecord, Texts texts) {
        ServiceRecordForm form = new ServiceRecordForm(serviceRecord, texts);
        ScrollPane shortForm = id(new ScrollPane(form.root()), "service-record-body");
        shortForm.setFitToWidth(true);
        shortForm.setPadding(new Insets(12));
        Controls.showWhen(shortForm, serviceRecord.kindProperty().isNotNull());
        Controls.showWhen(registration, serviceRecord.kindProperty().isNull());
        serviceRecord.kindProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                // After the console's own move to the NIK field, which this form does not have.
                Platform.runLater(form::focus);
            }
        });
        return new StackPane(registration, shortForm);
    }
}
