package id.loket.ui.counter;

import static id.loket.ui.Ids.id;

import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.text.Texts;
import id.loket.ui.counter.complaint.ComplaintForm;
import id.loket.ui.counter.complaint.ComplaintFormViewModel;
import id.loket.ui.counter.jkk.PekerjaRentanForm;
import id.loket.ui.counter.jkk.PekerjaRentanViewModel;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;

/**
 * The ticket's service decides the form: the Perlinsos registration (identity, household, consent, portal
 * outcome) for a Perlinsos ticket or no ticket at all, the pekerja rentan proposal form for that service,
 * the short service record for every other one. All stay built; only the one for the ticket on screen shows,
 * so a transferred resident's next service finds its form at once.
 */
final class TicketForms {

    private TicketForms() {
    }

    /**
     * The work area: {@code registration} or the service record's form, as the served ticket's service says.
     * The information counter (service kind INFORMATION, ticket letter D) also takes complaints, beside its record.
     */
    static Parent choose(Node registration, ServiceRecordFormViewModel serviceRecord, ComplaintFormViewModel complaint,
                         PekerjaRentanViewModel pekerjaRentan, Texts texts) {
        ServiceRecordForm form = new ServiceRecordForm(serviceRecord, texts);
        VBox complaintForm = new ComplaintForm(complaint, texts).root();
        Controls.showWhen(complaintForm, serviceRecord.kindProperty().isEqualTo(ServiceKind.INFORMATION));
        // Side by side, so the agent sees both and Save stays in view on a 768-high screen.
        HBox.setHgrow(form.root(), Priority.ALWAYS);
        HBox.setHgrow(complaintForm, Priority.ALWAYS);
        HBox forms = new HBox(16, form.root(), complaintForm);
        forms.setAlignment(Pos.TOP_LEFT);
        ScrollPane shortForm = id(new ScrollPane(forms), "service-record-body");
        shortForm.setFitToWidth(true);
        shortForm.setPadding(new Insets(12));
        Controls.showWhen(shortForm, serviceRecord.kindProperty().isNotNull());
        // The pekerja rentan service (C) has its own proposal form.
        PekerjaRentanForm proposal = new PekerjaRentanForm(pekerjaRentan, texts);
        Controls.showWhen(proposal.root(), pekerjaRentan.activeProperty());
        Controls.showWhen(registration, serviceRecord.kindProperty().isNull().and(pekerjaRentan.activeProperty().not()));
        pekerjaRentan.activeProperty().addListener((obs, old, active) -> {
            if (active) {
                Platform.runLater(proposal::focus);
            }
        });
        serviceRecord.kindProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                // After the console's own move to the NIK field, which this form does not have.
                Platform.runLater(form::focus);
            }
        });
        return new StackPane(registration, shortForm, proposal.root());
    }
}
