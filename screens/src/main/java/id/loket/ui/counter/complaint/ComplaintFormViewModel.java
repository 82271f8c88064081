package id.loket.ui.counter.complaint;

import id.loket.domain.account.Agent;
import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.domain.queue.Ticket;
import id.loket.domain.text.Texts;
import id.loket.service.complaint.ComplaintService;
import id.loket.ui.Background;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A complaint or suggestion recorded at the information counter (service D), beside the short service
 * record: kind, the service it concerns, what the resident says and an optional contact; recording it
 * prints the numbered slip. Nothing is preselected; one complaint per press, and the form empties for a
 * second one from the same resident.
 */
public final class ComplaintFormViewModel {

    /** A service the complaint may concern, as the agent reads it. */
    public record ServiceChoice(String code, String name) {
    }

    private final ObjectProperty<ComplaintKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ServiceChoice> service = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastNumber = new ReadOnlyStringWrapper("");
    private final ComplaintService complaints;
    private final List<ServiceChoice> services;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    private Optional<Long> ticketId = Optional.empty();

    public ComplaintFormViewModel(ComplaintService complaints, List<ServiceChoice> services, Background background, Texts texts,
                                  Agent agent) {
        this.complaints = complaints;
        this.services = List.copyOf(services);
        this.background = background;
        this.texts = texts;
        this.agent = agent;
    }

    /** A new resident at the counter: an empty form, linked to their ticket. */
    public void serve(Ticket ticket) {
        ticketId = Optional.ofNullable(ticket).map(Ticket::id);
        clear();
        message.set("");
        lastNumber.set("");
    }

    /** Whether something is chosen or typed that is not recorded yet. */
    public boolean unsaved() {
        return kind.get() != null || service.get() != null || !text.get().isBlank() || !contact.get().isBlank();
    }

    public void record() {
        record(done -> { });
    }

    /** Records the complaint; {@code done} hears whether it was (false: refused, and the message says why). */
    public void record(Consumer<Boolean> done) {
        if (recording.get()) {
            done.accept(false);
            return;
        }
        ComplaintDraft draft = new ComplaintDraft(Optional.ofNullable(kind.get()),
                Optional.ofNullable(service.get()).map(ServiceChoice::code), text.get(),
                Optional.of(contact.get()), ticketId);
        recording.set(true);
        message.set(texts.text("counter.saving"));
        background.run(() -> complaints.record(draft, agent), result -> {
            recording.set(false);
            if (result instanceof ComplaintService.Rejected rejected) {
                message.set(rejected.problems().stream().map(texts::text).collect(Collectors.joining("\n")));
                done.accept(false);
                return;
            }
            ComplaintService.Recorded recorded = (ComplaintService.Recorded) result;
            String number = recorded.complaint().number();
            lastNumber.set(number);
            clear();
            message.set(recorded.printed() ? texts.text("complaint.counter.recorded", number)
                    : texts.text("complaint.counter.recordedNotPrinted", number,
                    recorded.printProblem().map(texts::text).orElse("")));
            done.accept(true);
        }, failure -> {
            recording.set(false);
            message.set(texts.text(failure));
            done.accept(false);
        });
    }

    private void clear() {
        kind.set(null);
        service.set(null);
        text.set("");
        contact.set("");
    }

    public List<ServiceChoice> services() { return services; }
    public ObjectProperty<ComplaintKind> kindProperty() { return kind; }
    public ObjectProperty<ServiceChoice> serviceProperty() { return service; }
    public StringProperty textProperty() { return text; }
    public StringProperty contactProperty() { return contact; }
    public ReadOnlyBooleanProperty recordingProperty() { return recording.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The number of the last complaint recorded for this resident, to read out to them. */
    public ReadOnlyStringProperty lastNumberProperty() { return lastNumber.getReadOnlyProperty(); }
}
