package id.loket.ui.ticket;

import id.loket.config.ServiceDefinition;
import id.loket.domain.queue.Lane;
import id.loket.domain.text.Texts;
import id.loket.service.TicketService;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import id.loket.domain.queue.WaitEstimate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * The resident's two touches: a service, then the lane. Then the ticket is made in the background
 * and shown; the screen returns to its start when the resident is done or walks away.
 */
public final class TicketScreenViewModel {

    public enum Step { CHOOSE_SERVICE, CHOOSE_LANE, PRINTING, ISSUED, FAILED, CLOSED }

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE_SERVICE);
    private final StringProperty ticketNumber = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty chosenService = new SimpleStringProperty("");
    private final ObjectProperty<Image> ticketPreview = new SimpleObjectProperty<>();

    private final TicketService tickets;
    private final Background background;
    private final Texts texts;
    private ServiceDefinition service;

    public TicketScreenViewModel(TicketService tickets, Background background, Texts texts) {
        this.tickets = tickets;
        this.background = background;
        this.texts = texts;
    }

    public List<ServiceDefinition> services() {
        return tickets.services();
    }

    public String serviceName(ServiceDefinition service) {
        return tickets.serviceName(service);
    }

    public void chooseService(ServiceDefinition chosen) {
        if (step.get() != Step.CHOOSE_SERVICE) {
            return;
        }
        if (tickets.closedNow()) {
            showClosed();
            return;
        }
        service = chosen;
        chosenService.set(tickets.serviceName(chosen));
        step.set(Step.CHOOSE_LANE);
    }

    public void chooseLane(Lane lane) {
        if (step.get() != Step.CHOOSE_LANE) {
            return;
        }
        step.set(Step.PRINTING);
        String code = service.code();
        background.run(() -> {
            if (tickets.closedNow()) {
                return null;
            }
            TicketService.IssuedTicket issued = tickets.issue(code, lane);
            return new Shown(issued, issued.printed() ? PdfPreview.render(issued.pdf()) : null);
        }, shown -> {
            if (shown == null) {
                showClosed();
                return;
            }
            if (!shown.ticket().printed()) {
                // Not printed, so not issued: the resident has nothing to wait with. Staff see why.
                detail.set(texts.text("ticket.notPrinted"));
                step.set(Step.FAILED);
                return;
            }
            ticketNumber.set(shown.ticket().ticket().displayNumber());
            WaitEstimate estimate = shown.ticket().estimate();
            String when = estimate.soon() ? texts.text("ticket.issued.soon")
                    : texts.text("ticket.issued.window", clock(estimate.from()), clock(estimate.to()));
            detail.set(texts.text("ticket.issued.detail", shown.ticket().serviceName(), shown.ticket().peopleAhead())
                    + "\n" + when);
            ticketPreview.set(shown.preview());
            step.set(Step.ISSUED);
        }, failure -> {
            detail.set(texts.text("ticket.failed"));
            step.set(Step.FAILED);
        });
    }

    /** The day is over: say so politely, and when to come back. */
    private void showClosed() {
        detail.set(texts.text("ticket.closed", clock(tickets.closesAt())));
        step.set(Step.CLOSED);
    }

    private String clock(LocalTime time) {
        return DateTimeFormatter.ofPattern(texts.text("doc.format.time"), texts.locale()).format(time);
    }

    /** Back to the start, forgetting everything about the last resident. */
    public void reset() {
        service = null;
        chosenService.set("");
        ticketNumber.set("");
        detail.set("");
        ticketPreview.set(null);
        step.set(Step.CHOOSE_SERVICE);
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty ticketNumberProperty() {
        return ticketNumber;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty chosenServiceProperty() {
        return chosenService;
    }

    public ObjectProperty<Image> ticketPreviewProperty() {
        return ticketPreview;
    }

    /** The ticket and its on-screen picture, made together off the screen's thread. */
    private record Shown(TicketService.IssuedTicket ticket, Image preview) {
    }
}
