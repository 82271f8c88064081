package id.loket.ui.counter;

import id.loket.domain.account.Agent;
import id.loket.domain.household.HouseholdMatch;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.device.PrintoutService;
import id.loket.service.registration.RegistrationService;
import id.loket.ui.Background;
import id.loket.ui.DayMonthYear;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;

/**
 * The registration itself: path, IKD state, phone, consent, the portal's outcome with
 * its reason or follow-up, the portal reference; one action saves and prints the receipt. A refusal of
 * consent is recorded without anything personal. The receipt of an earlier registration is printed
 * again from here.
 *
 * <p>One save per resident: while a save is under way, and after it succeeded, a second save does
 * nothing, so a double Enter can never make two records.
 */
public final class RegistrationFormViewModel {

    /** Where the results of printing go: the counter's print message and reprint list. */
    interface PrintListener {
        void printed(String code, PrintoutService.PrintOutcome outcome);
    }

    private final ObjectProperty<RegistrationPath> path = new SimpleObjectProperty<>(RegistrationPath.OLEH_AGEN);
    // No risky defaults: the IKD state starts at "not asked yet" and no outcome is chosen, so nothing is
    // recorded that the agent did not say (the path keeps its default, the common case at a kelurahan counter).
    private final ObjectProperty<IkdState> ikdState = new SimpleObjectProperty<>(IkdState.NOT_ASKED);
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<FailureReason> failureReason = new SimpleObjectProperty<>();
    private final StringProperty outcomeNote = new SimpleStringProperty("");
    private final StringProperty followUpOn = new SimpleStringProperty("");
    private final StringProperty portalReference = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    /** This resident's registration is saved; cleared when the next household is looked up. */
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty reprinting = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Image> receipt = new ReadOnlyObjectWrapper<>();
    /**
     * The fields a refused save named, each with what is wrong there, while they still stop the save: the
     * form marks them in place beside the message that names them all. A field leaves as soon as it is
     * fixed; a field not named by the refusal is never added while the agent types (no red before Save).
     */
    private final ObservableMap<RegistrationDraft.Field, String> blocking =
            FXCollections.observableMap(new EnumMap<>(RegistrationDraft.Field.class));
    private final ObservableMap<RegistrationDraft.Field, String> blockingView =
            FXCollections.unmodifiableObservableMap(blocking);
    private final BooleanBinding canSave;
    private final BooleanBinding canReprint;
    private final BooleanBinding saveOffered;
    private final RegistrationService registrations;
    private final IdentityViewModel identity;
    private final HouseholdViewModel household;
    private final Supplier<Optional<Long>> ticketId;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final DayMonthYear dates = new DayMonthYear();
    private PrintListener printListener = (code, outcome) -> { };
    private Consumer<RegistrationDraft.Field> attention = field -> { };

    public RegistrationFormViewModel(RegistrationService registrations, IdentityViewModel identity,
                                     HouseholdViewModel household, Supplier<Optional<Long>> ticketId,
                                     Background background, Texts texts, Agent agent) {
        this.registrations = registrations;
        this.identity = identity;
        this.household = household;
        this.ticketId = ticketId;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        canSave = Bindings.createBooleanBinding(
                () -> !saving.get() && !saved.get() && household.stateProperty().get() == HouseholdViewModel.State.NOT_REGISTERED,
                saving, saved, household.stateProperty());
        // The button stays enabled (and focused) while saving: a button disabled under the cursor hands the
        // focus on, and the second Enter of a double Enter would land on whatever got it.
        saveOffered = Bindings.createBooleanBinding(
                () -> !saved.get() && household.stateProperty().get() == HouseholdViewModel.State.NOT_REGISTERED,
                saved, household.stateProperty());
        canReprint = Bindings.createBooleanBinding(
                () -> !reprinting.get() && (household.stateProperty().get() == HouseholdViewModel.State.REGISTERED
                        || household.stateProperty().get() == HouseholdViewModel.State.NOT_REGISTERED)
                        && household.latest().isPresent(),
                reprinting, household.stateProperty(), saved);
        household.stateProperty().addListener((obs, old, state) -> {
            if (state == HouseholdViewModel.State.SEARCHING || state == HouseholdViewModel.State.NONE) {
                saved.set(false);
                receipt.set(null);
                message.set("");
                blocking.clear();
            }
        });
        for (Observable input : List.<Observable>of(path, ikdState, phone, consent, outcome, failureReason,
                outcomeNote, followUpOn, portalReference)) {
            input.addListener(changed -> forgetFixed());
        }
    }

    /** Keeps of the marked fields those that still stop the save, with today's words for each. */
    private void forgetFixed() {
        if (blocking.isEmpty()) {
            return;
        }
        Map<RegistrationDraft.Field, String> still = problemsNow();
        blocking.keySet().retainAll(still.keySet());
        blocking.replaceAll((field, words) -> still.get(field));
    }

    /** What stops a save now, by field: the domain's check plus a follow-up day that cannot be read. */
    private Map<RegistrationDraft.Field, String> problemsNow() {
        Map<RegistrationDraft.Field, String> now = new EnumMap<>(RegistrationDraft.Field.class);
        draft().ifPresent(d -> d.problemsByField().forEach(p -> now.putIfAbsent(p.field(), texts.text(p.message()))));
        if (unreadableFollowUp()) {
            now.put(RegistrationDraft.Field.FOLLOW_UP_ON, texts.text("counter.followUp.badDate", followUpOn.get()));
        }
        return now;
    }

    private boolean unreadableFollowUp() {
        return !followUpOn.get().isBlank() && followUpDate().isEmpty() && outcome.get() == Outcome.PERLU_TINDAK_LANJUT;
    }

    void onPrinted(PrintListener listener) {
        this.printListener = listener;
    }

    /** Told the field that needs the agent's attention when a save is refused (the first, in the form's order). */
    void onAttention(Consumer<RegistrationDraft.Field> listener) {
        this.attention = listener;
    }

    /** What the agent filled in, as a draft for the household on screen. */
    private Optional<RegistrationDraft> draft() {
        return household.household().map(h -> new RegistrationDraft(h.id(), ticketId.get(), path.get(),
                ikdState.get(), Optional.of(phone.get()), consent.get(), outcome.get(),
                Optional.of(outcomeNote.get()), Optional.of(portalReference.get()),
                Optional.ofNullable(failureReason.get()), followUpDate()));
    }

    private Optional<LocalDate> followUpDate() {
        return Optional.ofNullable(dates.fromString(followUpOn.get()));
    }

    /** The person at the counter when they are not the head: recorded as a member with the registration. */
    private Optional<RegistrationService.Member> member() {
        if (household.route() != HouseholdMatch.Route.KK_NUMBER && household.route() != HouseholdMatch.Route.MEMBER_NIK) {
            return Optional.empty();
        }
        return identity.validNik().map(nik -> new RegistrationService.Member(nik, identity.nameProperty().get(),
                identity.statedBirthDate(), identity.sex()));
    }

    /** Saves the registration and prints its receipt; does nothing while saving or once saved. */
    public void save() {
        Optional<RegistrationDraft> draft = draft();
        if (!canSave.get() || draft.isEmpty()) {
            return;
        }
        if (unreadableFollowUp()) {
            message.set(texts.text("counter.followUp.badDate", followUpOn.get()));
            blocking.clear();
            blocking.putAll(problemsNow());
            attention.accept(RegistrationDraft.Field.FOLLOW_UP_ON);
            return;
        }
        // The domain's own check, here on the screen first: the refusal is said beside Save at once and the
        // cursor goes to the first field to fix. The service checks the same again before it saves.
        List<RegistrationDraft.Problem> problems = draft.get().problemsByField();
        if (!problems.isEmpty()) {
            refused(problems.stream().map(RegistrationDraft.Problem::message).toList(), problems.get(0).field());
            return;
        }
        Optional<RegistrationService.Member> member = member();
        blocking.clear();
        saving.set(true);
        message.set(texts.text("counter.saving"));
        background.run(() -> {
            RegistrationService.SaveResult result = registrations.save(draft.get(), agent, member);
            Image picture = result instanceof RegistrationService.Saved done ? PdfPreview.render(done.receiptPdf()) : null;
            return new Shown(result, picture);
        }, shown -> {
            saving.set(false);
            if (shown.result() instanceof RegistrationService.Rejected rejected) {
                refused(rejected.problems(), draft.get().problemsByField().stream().findFirst()
                        .map(RegistrationDraft.Problem::field).orElse(RegistrationDraft.Field.CONSENT));
            } else if (shown.result() instanceof RegistrationService.Saved done) {
                saved.set(true);
                Registration registration = done.registration();
                if (registration.outcome() == Outcome.BERHASIL) {
                    household.registered(registration);
                }
                message.set(texts.text("counter.saved", registration.code()));
                receipt.set(shown.receipt());
                printListener.printed(registration.code(), done.print());
            }
        }, failure -> {
            saving.set(false);
            message.set(texts.text(failure));
        });
    }

    private void refused(List<Message> problems, RegistrationDraft.Field first) {
        message.set(join(problems));
        blocking.clear();
        blocking.putAll(problemsNow());
        attention.accept(first);
    }

    private record Shown(RegistrationService.SaveResult result, Image receipt) {
    }

    /**
     * The resident did not consent: the refusal is counted (time, agent, ticket, path) and everything
     * personal on the screen is forgotten; nothing else is saved. The message says what was recorded.
     */
    public void refuse() {
        if (saving.get()) {
            return;
        }
        Optional<Long> ticket = ticketId.get();
        RegistrationPath refusedPath = path.get();
        saving.set(true);
        background.run(() -> registrations.recordRefusal(ticket, refusedPath, agent), recorded -> {
            saving.set(false);
            identity.clear();
            household.clear();
            reset();
            message.set(texts.text("counter.consent.refusalRecorded", TIME.format(recorded.at()),
                    recorded.counter(), texts.text(EnumLabels.key(recorded.path())), agent.displayName()));
        }, failure -> {
            saving.set(false);
            message.set(texts.text(failure));
        });
    }

    /** Prints again the receipt of the registration shown (found by NIK, KK or a scanned receipt). */
    public void reprint() {
        Optional<Registration> latest = household.latest();
        if (latest.isEmpty() || reprinting.get()) {
            return;
        }
        long id = latest.get().id();
        reprinting.set(true);
        background.run(() -> {
            RegistrationService.Reprinted done = registrations.reprint(id, agent);
            return new Reprinted(done, PdfPreview.render(done.receiptPdf()));
        }, done -> {
            reprinting.set(false);
            receipt.set(done.picture());
            printListener.printed(done.reprinted().registration().code(), done.reprinted().print());
        }, failure -> {
            reprinting.set(false);
            message.set(texts.text(failure));
        });
    }

    private record Reprinted(RegistrationService.Reprinted reprinted, Image picture) {
    }

    /** A receipt's QR was scanned: its registration and household come up, with the reprint offered. */
    void openReceipt(String scanned) {
        background.run(() -> registrations.findReceipt(scanned, agent), found -> {
            if (found.isEmpty()) {
                message.set(texts.text("counter.reprint.unknown"));
                return;
            }
            identity.clear();
            household.clear();
            reset();
            household.showReceipt(found.get());
            message.set(texts.text("counter.reprint.found", found.get().registration().code()));
        }, failure -> message.set(texts.text(failure)));
    }

    /** Back to the defaults of the most common case, for the next resident. */
    void reset() {
        phone.set("");
        consent.set(false);
        outcome.set(null);
        failureReason.set(null);
        outcomeNote.set("");
        followUpOn.set("");
        portalReference.set("");
        path.set(RegistrationPath.OLEH_AGEN);
        ikdState.set(IkdState.NOT_ASKED);
        saved.set(false);
        message.set("");
        receipt.set(null);
        blocking.clear();
    }

    private String join(List<Message> messages) {
        return messages.stream().map(texts::text).collect(Collectors.joining("\n"));
    }

    public ObjectProperty<RegistrationPath> pathProperty() { return path; }
    public ObjectProperty<IkdState> ikdStateProperty() { return ikdState; }
    public StringProperty phoneProperty() { return phone; }
    public BooleanProperty consentProperty() { return consent; }
    public ObjectProperty<Outcome> outcomeProperty() { return outcome; }
    public ObjectProperty<FailureReason> failureReasonProperty() { return failureReason; }
    public StringProperty outcomeNoteProperty() { return outcomeNote; }
    public StringProperty followUpOnProperty() { return followUpOn; }
    public StringProperty portalReferenceProperty() { return portalReference; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The fields that stop the last refused save, with what is wrong in each; read-only. */
    public ObservableMap<RegistrationDraft.Field, String> blockingFields() { return blockingView; }
    public ReadOnlyObjectProperty<Image> receiptProperty() { return receipt.getReadOnlyProperty(); }
    public BooleanBinding canReprintBinding() { return canReprint; }
    public BooleanBinding saveOfferedBinding() { return saveOffered; }
}
