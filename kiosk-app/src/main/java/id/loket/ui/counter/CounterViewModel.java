package id.loket.ui.counter;

import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.household.HouseholdStatus;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.CounterService;
import id.loket.service.Devices;
import id.loket.service.HouseholdLookup;
import id.loket.service.Printouts;
import id.loket.service.RegistrationService;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The agent's whole service on one screen: call a ticket, identify the resident by NIK, see the
 * household and whether it is already registered, record the registration, get the receipt.
 *
 * <p>Slow work runs in the background; while a save is under way a second save is ignored, so a
 * double Enter can never make two records.
 */
public final class CounterViewModel implements AutoCloseable {

    /** How the household panel should look. */
    public enum HouseholdState { NONE, SEARCHING, NOT_ON_LIST, NOT_REGISTERED, REGISTERED }

    private final StringProperty nik = new SimpleStringProperty("");
    private final StringProperty nikFeedback = new SimpleStringProperty("");
    private final BooleanProperty nikValid = new SimpleBooleanProperty(false);
    private final ObjectProperty<HouseholdState> householdState = new SimpleObjectProperty<>(HouseholdState.NONE);
    private final StringProperty householdSummary = new SimpleStringProperty("");
    private final ObjectProperty<RegistrationPath> path = new SimpleObjectProperty<>(RegistrationPath.OLEH_AGEN);
    private final ObjectProperty<IkdState> ikdState = new SimpleObjectProperty<>(IkdState.ACTIVATED_HERE);
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.BERHASIL);
    private final StringProperty outcomeNote = new SimpleStringProperty("");
    private final StringProperty portalReference = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty formMessage = new SimpleStringProperty("");
    private final ObjectProperty<Image> receipt = new SimpleObjectProperty<>();
    private final BooleanBinding canSave;
    private final StringProperty cardMessage = new SimpleStringProperty("");
    /** A NIK read from a card or scanned that differs from the one typed; empty when there is none. */
    private final StringProperty offeredNik = new SimpleStringProperty("");
    private final Map<Devices.Slot, StringProperty> deviceTexts = new EnumMap<>(Devices.Slot.class);
    private final Map<Devices.Slot, ObjectProperty<Devices.Health>> deviceHealth = new EnumMap<>(Devices.Slot.class);
    private final ObservableList<Printouts.Pending> reprints = FXCollections.observableArrayList();
    private final StringProperty printMessage = new SimpleStringProperty("");
    private final BooleanProperty reprinting = new SimpleBooleanProperty(false);
    private final Devices devices;
    private final Printouts printouts;
    private final List<Devices.Watch> watches = new ArrayList<>();

    private final QueueConsoleViewModel queue;
    private final HouseholdLookup lookup;
    private final RegistrationService registrations;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    private Optional<Ticket> ticket = Optional.empty();
    private Optional<Household> household = Optional.empty();
    /** The first line of the household panel (name, RT/RW, KK), kept to re-say it under a new status. */
    private String householdWhere = "";
    private long lookupGeneration;

    public CounterViewModel(CounterService counter, HouseholdLookup lookup, RegistrationService registrations,
                            Devices devices, Printouts printouts, Background background, Texts texts, Agent agent) {
        this.devices = devices;
        this.printouts = printouts;
        this.queue = new QueueConsoleViewModel(counter, devices, background, texts, agent);
        this.lookup = lookup;
        this.registrations = registrations;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        nik.addListener((obs, old, typed) -> onNikTyped(typed));
        canSave = Bindings.createBooleanBinding(
                () -> !saving.get() && (householdState.get() == HouseholdState.NOT_REGISTERED),
                saving, householdState);
        for (Devices.Slot slot : Devices.Slot.values()) {
            deviceTexts.put(slot, new SimpleStringProperty(""));
            deviceHealth.put(slot, new SimpleObjectProperty<>(Devices.Health.CONNECTING));
        }
        // The queue console owns the ticket; a new (or no) ticket means a new resident.
        queue.ticketProperty().addListener((obs, old, now) -> {
            clearResident();
            ticket = Optional.ofNullable(now);
        });
        ticket = Optional.ofNullable(queue.ticketProperty().get());
    }

    // --- devices -----------------------------------------------------------------------------------

    /**
     * Starts listening to the devices: their states for the status bar, card reads and scans for the
     * NIK field. Device events arrive on the drivers' threads and reach the screen only through the
     * UI executor. {@link #close()} stops listening.
     */
    public void attach() {
        if (!watches.isEmpty()) {
            return;
        }
        var ui = background.ui();
        watches.add(devices.watchStates(state -> ui.execute(() -> showDevice(state))));
        watches.add(devices.watchCards(reading -> ui.execute(() -> onCard(reading))));
        watches.add(devices.watchScans(code -> ui.execute(() -> onScan(code)),
                problem -> ui.execute(() -> cardMessage.set(texts.text(problem)))));
        devices.states().forEach(this::showDevice);
        queue.attach();
        refreshReprints();
    }

    /** Stops listening to the devices (the console left the screen). */
    @Override
    public void close() {
        watches.forEach(Devices.Watch::close);
        watches.clear();
        queue.close();
    }

    private void showDevice(Devices.State state) {
        deviceHealth.get(state.slot()).set(state.health());
        String text = texts.text("device.bar.entry", texts.text(state.slot().label()), texts.text(state.state()));
        deviceTexts.get(state.slot()).set(state.problem()
                .map(problem -> texts.text("device.status.withProblem", text, texts.text(problem)))
                .orElse(text));
    }

    private void onCard(Devices.CardReading reading) {
        if (reading instanceof Devices.CardReading.Identity identity) {
            offer(identity.nik(), "device.card.read");
        } else if (reading instanceof Devices.CardReading.Failed failed) {
            cardMessage.set(texts.text(failed.problem()));
        } else if (reading instanceof Devices.CardReading.Present) {
            cardMessage.set(texts.text("device.card.reading"));
        }
    }

    private void onScan(String code) {
        if (Ticket.idFromQr(code).isPresent()) {
            return; // a ticket QR: the queue console calls that ticket
        }
        String digits = withoutFormatting(code);
        if (digits.matches("[0-9]{16}")) {
            offer(digits, "device.scan.read");
        } else {
            cardMessage.set(texts.text("device.scan.notNik"));
        }
    }

    /**
     * A NIK from the card reader or the scanner: it fills an empty NIK field (then checked and looked up
     * as if typed); one that differs from what the agent typed is shown beside the field, never put in.
     */
    private void offer(String fromDevice, String sourceKey) {
        String read = withoutFormatting(fromDevice);
        String typed = withoutFormatting(nik.get());
        offeredNik.set("");
        if (typed.isEmpty()) {
            cardMessage.set("");
            nik.set(read);
        } else if (typed.equals(read)) {
            cardMessage.set(texts.text("device.nik.same", texts.text(sourceKey)));
        } else {
            offeredNik.set(read);
            cardMessage.set(texts.text("device.nik.differs", texts.text(sourceKey), Devices.maskNik(read)));
        }
    }

    /** The agent chose the NIK from the card over the one typed. */
    public void useOfferedNik() {
        String offered = offeredNik.get();
        if (!offered.isEmpty()) {
            offeredNik.set("");
            cardMessage.set("");
            nik.set(offered);
        }
    }

    private static String withoutFormatting(String text) {
        return text.replaceAll("[\\s.\\-]", "");
    }

    // --- printing ----------------------------------------------------------------------------------

    private void refreshReprints() {
        background.run(printouts::reprintList, list -> {
            reprints.setAll(list);
            if (list.isEmpty()) {
                return;
            }
            Printouts.Pending first = list.get(0);
            printMessage.set(texts.text("print.failed", first.code(), texts.text(first.problem()), list.size()));
        }, failure -> printMessage.set(texts.text(failure)));
    }

    /** Prints the receipts on this counter's reprint list again, oldest first, stopping at the first failure. */
    public void reprint() {
        if (reprinting.get() || reprints.isEmpty()) {
            return;
        }
        List<Long> jobs = reprints.stream().map(Printouts.Pending::jobId).toList();
        reprinting.set(true);
        printMessage.set(texts.text("print.reprinting"));
        background.run(() -> {
            int done = 0;
            for (long job : jobs) {
                Printouts.PrintOutcome outcome = printouts.reprint(job);
                if (!outcome.printed()) {
                    break;
                }
                done++;
            }
            return done;
        }, done -> {
            reprinting.set(false);
            printMessage.set(done == jobs.size() ? texts.text("print.reprinted", done) : "");
            refreshReprints();
        }, failure -> {
            reprinting.set(false);
            printMessage.set(texts.text(failure));
        });
    }

    // --- identity and household --------------------------------------------------------------------

    private void onNikTyped(String typed) {
        if (!offeredNik.get().isEmpty() && withoutFormatting(typed).equals(offeredNik.get())) {
            offeredNik.set("");
            cardMessage.set("");
        }
        if (typed.isBlank()) {
            offeredNik.set("");
            cardMessage.set("");
        }
        household = Optional.empty();
        receipt.set(null);
        formMessage.set("");
        if (typed.isBlank()) {
            nikFeedback.set("");
            nikValid.set(false);
            householdState.set(HouseholdState.NONE);
            return;
        }
        NikCheck check = lookup.check(typed);
        nikValid.set(check.valid());
        nikFeedback.set(check.valid()
                ? join(check.warnings())
                : join(check.errors()));
        if (check.valid()) {
            findHousehold(typed);
        } else {
            householdState.set(HouseholdState.NONE);
            householdSummary.set("");
        }
    }

    /** Looks the household up in the background; a result for a NIK that has since changed is dropped. */
    private void findHousehold(String typed) {
        long generation = ++lookupGeneration;
        householdState.set(HouseholdState.SEARCHING);
        householdSummary.set(texts.text("counter.household.searching"));
        background.run(() -> lookup.lookup(typed, agent), result -> {
            if (generation != lookupGeneration) {
                return;
            }
            show(result.status());
        }, failure -> {
            householdState.set(HouseholdState.NONE);
            householdSummary.set(texts.text(failure));
        });
    }

    private void show(Optional<HouseholdStatus> status) {
        if (status.isEmpty()) {
            householdState.set(HouseholdState.NOT_ON_LIST);
            householdSummary.set(texts.text("counter.household.notOnList"));
            return;
        }
        Household found = status.get().household();
        household = Optional.of(found);
        householdWhere = texts.text("counter.household.summary", found.headName(), found.rt().rt(),
                found.rt().rw(), found.kkNumber().masked());
        if (status.get().alreadyRegistered()) {
            householdState.set(HouseholdState.REGISTERED);
            var done = status.get().latest().orElseThrow();
            householdSummary.set(householdWhere + "\n" + texts.text("counter.household.registered", done.code(),
                    day(done.savedAt())));
        } else {
            householdState.set(HouseholdState.NOT_REGISTERED);
            householdSummary.set(householdWhere + "\n" + texts.text("counter.household.notRegistered"));
        }
    }

    // --- registration ------------------------------------------------------------------------------

    public void save() {
        if (!canSave.get() || household.isEmpty()) {
            return;
        }
        RegistrationDraft draft = new RegistrationDraft(household.get().id(), ticket.map(Ticket::id), path.get(),
                ikdState.get(), Optional.of(phone.get()), consent.get(), outcome.get(),
                Optional.of(outcomeNote.get()), Optional.of(portalReference.get()));
        saving.set(true);
        formMessage.set(texts.text("counter.saving"));
        background.run(() -> {
            RegistrationService.SaveResult result = registrations.save(draft, agent);
            Image picture = result instanceof RegistrationService.Saved saved ? PdfPreview.render(saved.receiptPdf()) : null;
            return new SaveShown(result, picture);
        }, shown -> {
            saving.set(false);
            if (shown.result() instanceof RegistrationService.Rejected rejected) {
                formMessage.set(join(rejected.problems()));
            } else if (shown.result() instanceof RegistrationService.Saved saved) {
                householdState.set(HouseholdState.REGISTERED);
                householdSummary.set(householdWhere + "\n" + texts.text("counter.household.registered",
                        saved.registration().code(), day(saved.registration().savedAt())));
                formMessage.set(texts.text("counter.saved", saved.registration().code()));
                receipt.set(shown.receipt());
                if (saved.print().printed()) {
                    printMessage.set(texts.text("print.done", saved.registration().code()));
                }
                refreshReprints();
            }
        }, failure -> {
            saving.set(false);
            formMessage.set(texts.text(failure));
        });
    }

    private record SaveShown(RegistrationService.SaveResult result, Image receipt) {
    }

    /** Clears everything about the last resident, keeping the defaults for the next. */
    private void clearResident() {
        lookupGeneration++;
        nik.set("");
        phone.set("");
        consent.set(false);
        outcome.set(Outcome.BERHASIL);
        outcomeNote.set("");
        portalReference.set("");
        path.set(RegistrationPath.OLEH_AGEN);
        ikdState.set(IkdState.ACTIVATED_HERE);
        formMessage.set("");
        receipt.set(null);
    }

    private String day(java.time.LocalDateTime time) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(texts.locale()).format(time);
    }

    private String join(java.util.List<Message> messages) {
        return messages.stream().map(texts::text).collect(Collectors.joining("\n"));
    }

    public String label(Enum<?> constant) {
        return texts.text(EnumLabels.key(constant));
    }

    public Agent agent() {
        return agent;
    }

    public QueueConsoleViewModel queue() { return queue; }
    public StringProperty nikProperty() { return nik; }
    public StringProperty nikFeedbackProperty() { return nikFeedback; }
    public BooleanProperty nikValidProperty() { return nikValid; }
    public ObjectProperty<HouseholdState> householdStateProperty() { return householdState; }
    public StringProperty householdSummaryProperty() { return householdSummary; }
    public ObjectProperty<RegistrationPath> pathProperty() { return path; }
    public ObjectProperty<IkdState> ikdStateProperty() { return ikdState; }
    public StringProperty phoneProperty() { return phone; }
    public BooleanProperty consentProperty() { return consent; }
    public ObjectProperty<Outcome> outcomeProperty() { return outcome; }
    public StringProperty outcomeNoteProperty() { return outcomeNote; }
    public StringProperty portalReferenceProperty() { return portalReference; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty formMessageProperty() { return formMessage; }
    public ObjectProperty<Image> receiptProperty() { return receipt; }
    public StringProperty cardMessageProperty() { return cardMessage; }
    public StringProperty offeredNikProperty() { return offeredNik; }
    public StringProperty deviceTextProperty(Devices.Slot slot) { return deviceTexts.get(slot); }
    public ObjectProperty<Devices.Health> deviceHealthProperty(Devices.Slot slot) { return deviceHealth.get(slot); }
    public ObservableList<Printouts.Pending> reprints() { return reprints; }
    public StringProperty printMessageProperty() { return printMessage; }
    public BooleanProperty reprintingProperty() { return reprinting; }
    public BooleanBinding canSaveBinding() { return canSave; }
}
