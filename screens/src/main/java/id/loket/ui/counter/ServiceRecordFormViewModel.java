package id.loket.ui.counter;

import id.loket.domain.account.Agent;
import id.loket.domain.queue.Ticket;
import id.loket.domain.servicerecord.InformationTopic;
import id.loket.domain.servicerecord.IkdNotActivatedReason;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.servicerecord.ServiceRecordDraft;
import id.loket.domain.text.Texts;
import id.loket.service.registration.ServiceRecordService;
import id.loket.ui.Background;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The short form of a service other than the Perlinsos registration (IKD activation, information and
 * complaints, and the others): what was done and how it ended, saved as a service record. Shown instead
 * of the registration form while a ticket of such a service is served ({@link #kindProperty()} not null).
 * Nothing is preselected; one save per resident, as with a registration.
 */
public final class ServiceRecordFormViewModel {

    private final ReadOnlyObjectWrapper<ServiceKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ServiceOutcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<IkdNotActivatedReason> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<InformationTopic> topic = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ServiceRecordService records;
    private final Function<String, String> serviceName;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    private Optional<Ticket> ticket = Optional.empty();

    public ServiceRecordFormViewModel(ServiceRecordService records, Function<String, String> serviceName,
                                      Background background, Texts texts, Agent agent) {
        this.records = records;
        this.serviceName = serviceName;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        // A reason belongs only to an activation that failed; another outcome leaves none behind.
        outcome.addListener((obs, old, now) -> {
            if (now != ServiceOutcome.NOT_ACTIVATED) {
                reason.set(null);
            }
        });
    }

    /** The ticket now served: its service decides whether this form shows, and which outcomes it offers. */
    void serve(Ticket now) {
        ticket = Optional.ofNullable(now);
        clear();
        Optional<ServiceKind> form = ticket.flatMap(t -> ServiceKind.forService(t.serviceCode()));
        // Through null, so that the next ticket of the same kind still tells the screen a form opened.
        kind.set(null);
        kind.set(form.orElse(null));
        title.set(ticket.filter(t -> form.isPresent())
                .map(t -> texts.text("serviceRecord.title", serviceName.apply(t.serviceCode()), t.displayNumber()))
                .orElse(""));
    }

    /** Whether the agent chose or typed something that is not saved yet. */
    public boolean unsaved() {
        return kind.get() != null && !saved.get()
                && (outcome.get() != null || reason.get() != null || topic.get() != null || !note.get().isBlank());
    }

    public void save() {
        save(done -> { });
    }

    /** Saves the record; {@code done} hears whether it was saved (false: refused, and the message says why). */
    void save(Consumer<Boolean> done) {
        Optional<Ticket> served = ticket;
        if (kind.get() == null || served.isEmpty() || saving.get() || saved.get()) {
            done.accept(saved.get());
            return;
        }
        ServiceRecordDraft draft = new ServiceRecordDraft(Optional.of(served.get().id()), served.get().serviceCode(),
                kind.get(), Optional.ofNullable(outcome.get()), Optional.ofNullable(reason.get()),
                Optional.ofNullable(topic.get()), Optional.of(note.get()));
        saving.set(true);
        message.set(texts.text("counter.saving"));
        background.run(() -> records.save(draft, agent), result -> {
            saving.set(false);
            if (result instanceof ServiceRecordService.Rejected rejected) {
                message.set(rejected.problems().stream().map(texts::text).collect(Collectors.joining("\n")));
                done.accept(false);
            } else {
                saved.set(true);
                message.set(texts.text("serviceRecord.saved", served.get().displayNumber()));
                done.accept(true);
            }
        }, failure -> {
            saving.set(false);
            message.set(texts.text(failure));
            done.accept(false);
        });
    }

    private void clear() {
        outcome.set(null);
        reason.set(null);
        topic.set(null);
        note.set("");
        saving.set(false);
        saved.set(false);
        message.set("");
    }

    public ReadOnlyObjectProperty<ServiceKind> kindProperty() { return kind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObjectProperty<ServiceOutcome> outcomeProperty() { return outcome; }
    public ObjectProperty<IkdNotActivatedReason> reasonProperty() { return reason; }
    public ObjectProperty<InformationTopic> topicProperty() { return topic; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
